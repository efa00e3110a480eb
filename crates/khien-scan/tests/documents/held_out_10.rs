//! A tenth set of held-out documents, written by hand by someone who had not read the detectors:
//! graded, not tuned on. The kinds differ from the earlier sets' (a state bank branch's credit
//! appraisal memo for a home loan with the borrower's wife as co-borrower and a car as collateral,
//! a lower secondary class's minutes of its first parents' meeting with the elected parents'
//! committee and the class fund, a pagoda's list of donors to the rebuilding of its main hall with
//! a prayer for a deceased father, a household electricity supply contract signed online, a
//! residential quarter's notice board with lost-document notices and a ward police notice of found
//! property, a real-estate broker's customer notes typed without diacritics, a card-holder's
//! request to a bank to investigate fraudulent card payments with the bank's internal findings, and
//! a maternity benefit application by a worker who left her job before giving birth). Every piece
//! of personal data is marked `{detector|value}`: names after a title or a label (ông, bà, cô, cụ
//! ông, a, chi, em gai ten, vo la, GĐ) are marked without it; given names used alone after a first
//! mention ("bà Nguyệt", "Chi Hang", "a Duc") are marked; ALL-CAPS and unaccented names, and
//! account holders' names, are marked as written. Judgement calls: Buddhist Dharma names (pháp
//! danh) of lay donors ("Quảng Tâm", "Nguyên Hạnh") are marked as person names, being names the
//! person is known by in the pagoda; a dead father's name and birth year in the prayer request are
//! marked like a living person's; a birth year after "sinh" is marked as a date of birth; a
//! newborn's personal identification number (số định danh cá nhân) is marked as a CCCD and her TE1
//! card as a health insurance card; the BHXH number printed alone is marked as a social insurance
//! number (and also sits inside the BHYT card, which is marked as a whole); a class treasurer's
//! personal bank account used for the class fund and a broker's personal account used to hold a
//! deposit are marked (a person's accounts, not an organisation's); addresses with a house number
//! or a village but without the city ("K45/18 Hoàng Diệu, P. Hải Châu", "Thôn Phước Hưng, xã Hòa
//! Tiến") are marked as addresses, and so are old-style addresses naming districts that no longer
//! exist (TP. Thủ Đức, Q.3); a seller's house address is marked because she lives there, while a
//! vacant plot's lot number in a housing project is not; the card-holder's own internet addresses
//! (one IPv4, one IPv6) from the bank's log and the IP the electricity customer signed from are
//! marked. Left unmarked on purpose: organisation data (the bank's, school's, pagoda's,
//! construction company's, power company's, ward police's, social insurance office's, employers'
//! and project developer's names, tax codes, addresses, hotlines, landlines, role mailboxes, and
//! the developer's, school's, pagoda's and power company's bank accounts), an anonymous donor, a
//! student left unnamed, the masked card number in an SMS, a foreign merchant's phone number inside
//! its descriptor, ages, class sizes, non-birth dates (issue, marriage, contract, meeting, exam,
//! death, memorial, loss, signing, meter installation, job-leaving and appointment dates),
//! document, memo, dossier, marriage-certificate, sale-contract, vehicle-registration,
//! birth-certificate, land-certificate, parcel and map-sheet numbers, a lot number, customer code,
//! meter serial, authorisation numbers, approval codes, chargeback reason codes, a bank teller's
//! staff code (staff who only signed are not named), the last digits of an ID card, amounts,
//! percentages, areas, and streets, a school, a district and a project named after people or
//! families (Lê Chân, Ngô Quyền, Võ Nguyên Giáp, Hoàng Huy, Nguyễn Trường Tộ, Đội Cấn, Hoàng Diệu,
//! Trưng Nữ Vương, Lý Thánh Tôn, Đặng Tất, Trương Văn Ngư, Lê Văn Sỹ, Trần Quang Khải, Lý Thái Tổ).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_10: &[Doc] = &[
    Doc {
        name: "to-trinh-tham-dinh-cho-vay-mua-nha",
        parts: &[
            P(
                "NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM - CHI NHÁNH LÊ CHÂN HẢI PHÒNG - PHÒNG KHÁCH HÀNG CÁ NHÂN",
            ),
            P("Số: 1148/TTr-KHCN-LC                    Hải Phòng, ngày 11 tháng 12 năm 2025"),
            P("TỜ TRÌNH THẨM ĐỊNH VÀ ĐỀ XUẤT CHO VAY MUA NHÀ Ở (Hồ sơ số LC-2025-NO-03917)"),
            P("Kính gửi: Ban Giám đốc Chi nhánh; Hội đồng tín dụng cơ sở"),
            P("I. THÔNG TIN KHÁCH HÀNG VAY VỐN"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Người vay chính",
                    "Ông {person_name|Vũ Đức Thịnh} - sinh ngày {date_of_birth|19/7/1988}",
                ],
                &[
                    "CCCD",
                    "{vn.cccd|031088007462}, cấp ngày 22/04/2021, Cục CS QLHC về TTXH",
                ],
                &[
                    "MST cá nhân / Mã số BHXH",
                    "{vn.tax_code|8093417256} / {vn.social_insurance|3110245876}",
                ],
                &[
                    "Địa chỉ thường trú",
                    "{vn.address|Số 7 ngõ 42 phố Hàng Kênh, phường An Biên, TP. Hải Phòng}",
                ],
                &["ĐTDĐ", "{vn.phone|0936.418.275}"],
                &[
                    "Nghề nghiệp, thu nhập",
                    "Trưởng ca sản xuất, Công ty TNHH Điện tử Haewon Vina (KCN Tràng Duệ, MST 0201678432), HĐLĐ không xác định thời hạn từ 03/2017; lương bình quân 6 tháng gần nhất 28.400.000 đồng/tháng, nhận qua TK {vn.bank_account|108872345901} tại VietinBank Lê Chân",
                ],
                &[
                    "Người đồng trả nợ (vợ)",
                    "Bà {person_name|Lương Thị Minh Nguyệt}, năm sinh {date_of_birth|1990}, CCCD {vn.cccd|031190004318}, giáo viên Trường Tiểu học Ngô Quyền, thu nhập 15.500.000 đồng/tháng",
                ],
            ]),
            P(
                "Ghi chú hồ sơ pháp lý: Giấy chứng nhận kết hôn số 87/2014, quyển số 01/2014 do UBND phường Trại Cau cấp ngày 26/09/2014 còn ghi số CMND cũ của bà {person_name|Nguyệt} là {vn.cmnd|031615872}; khách hàng đã xuất trình Giấy xác nhận thông tin cư trú và thông báo số định danh cá nhân để đối chiếu, thông tin trùng khớp.",
            ),
            P(
                "II. PHƯƠNG ÁN VAY VỐN: Mua căn hộ T2-1508 Dự án Hoàng Huy Commerce, đường Võ Nguyên Giáp, theo HĐMB số 1508/2025/HĐMB-HHC ngày 28/10/2025; giá căn hộ 2.680.000.000 đồng, vốn tự có 1.080.000.000 đồng (40,3%). Đề nghị vay 1.600.000.000 đồng, thời hạn 240 tháng, ân hạn gốc 6 tháng, lãi suất ưu đãi 6,8%/năm cố định 24 tháng đầu, sau đó thả nổi bằng lãi suất cơ sở + 3,5%/năm. Giải ngân chuyển khoản trực tiếp vào tài khoản của chủ đầu tư - Công ty CP Đầu tư Hoàng Huy, số 114002068553 tại VietinBank Hải Phòng.",
            ),
            P(
                "III. TÀI SẢN BẢO ĐẢM: (1) Quyền tài sản phát sinh từ HĐMB căn hộ nêu trên, định giá 2.680.000.000 đồng; (2) Xe ô tô Mazda CX-5 2.0 Premium sản xuất 2022, biển kiểm soát {vn.licence_plate|15K-628.41}, giấy đăng ký xe số 031274 đứng tên người vay chính, định giá 640.000.000 đồng. Tổng giá trị TSBĐ 3.320.000.000 đồng; tỷ lệ dư nợ/TSBĐ 48,2%.",
            ),
            P(
                "IV. KẾT QUẢ THẨM ĐỊNH: Tra cứu CIC ngày 09/12/2025: cả hai vợ chồng đều nợ nhóm 1, người vay chính có dư nợ thẻ tín dụng 12.300.000 đồng. Quá trình đóng BHXH liên tục 104 tháng (tra cứu ngày 09/12/2025). Thẩm định thực tế tại nơi ở ngày 08/12/2025: nhà 4 tầng của bố mẹ đẻ khách hàng, hộ gồm 6 người, 2 con nhỏ (6 tuổi và 3 tuổi). Tổng thu nhập 43.900.000 đồng/tháng, chi phí sinh hoạt ước 15.000.000 đồng, nghĩa vụ trả nợ kỳ cao nhất 15.480.000 đồng; DTI 35,3% - đạt.",
            ),
            P(
                "V. ĐỀ XUẤT: Cho vay theo phương án trên. Điều kiện trước giải ngân: ký hợp đồng thế chấp, bàn giao bản gốc đăng ký xe, mua bảo hiểm vật chất xe với người thụ hưởng là VietinBank Chi nhánh Lê Chân. Đường dây nóng chi nhánh: 0225 3857 410.",
            ),
            P("Cán bộ thẩm định (đã ký)          Trưởng phòng KHCN (đã ký)"),
        ],
    },
    Doc {
        name: "bien-ban-hop-cha-me-hoc-sinh-dau-nam",
        parts: &[
            P("TRƯỜNG THCS NGUYỄN TRƯỜNG TỘ - LỚP 7A3 - NĂM HỌC 2025-2026"),
            P("BIÊN BẢN HỌP CHA MẸ HỌC SINH ĐẦU NĂM HỌC"),
            P(
                "Thời gian: 19 giờ 30 ngày 14/9/2025. Địa điểm: phòng 203 nhà B. Có mặt 38/42 phụ huynh, vắng 4 (3 có lý do). Chủ trì: cô {person_name|Nguyễn Thị Hồng Nhung}, giáo viên chủ nhiệm (dạy Ngữ văn). Thư ký: phó ban đại diện năm học trước.",
            ),
            P(
                "1. GVCN thông báo: sĩ số 42 học sinh (20 nữ), 2 em chuyển đến từ Trường THCS Giảng Võ. Kết quả năm lớp 6: 29 Tốt, 11 Khá, 2 Đạt. Kiểm tra giữa học kỳ I từ 27/10 đến 01/11/2025. Ngày 20/11 lớp không tổ chức tặng quà riêng cho giáo viên. Còn 3 em chưa nộp ảnh thẻ BHYT, GVCN sẽ nhắn riêng phụ huynh trong nhóm Zalo lớp.",
            ),
            P("2. Bầu Ban đại diện cha mẹ học sinh lớp (biểu quyết giơ tay, 38/38 đồng ý):"),
            T(&[
                &["Chức danh", "Họ và tên", "Phụ huynh em", "Điện thoại"],
                &[
                    "Trưởng ban",
                    "{person_name|Hoàng Văn Khánh}",
                    "{person_name|Hoàng Gia Bảo}",
                    "{vn.phone|0904.632.817}",
                ],
                &[
                    "Phó ban",
                    "{person_name|Tạ Thu Hiền}",
                    "{person_name|Đỗ Tạ Minh Châu}",
                    "{vn.phone|098 765 2140}",
                ],
                &[
                    "Thủ quỹ",
                    "{person_name|Phan Thị Yến}",
                    "{person_name|Nguyễn Phan Khôi}",
                    "{vn.phone|+84 386 915 402}",
                ],
            ]),
            P(
                "3. Quỹ lớp: thống nhất 300.000 đồng/học sinh/học kỳ, dùng cho khen thưởng, sinh nhật, hoạt động ngoại khóa. Nộp tiền mặt cho thủ quỹ hoặc chuyển khoản vào tài khoản cá nhân của thủ quỹ: STK {vn.bank_account|19036271548012} Techcombank, chủ TK {person_name|PHAN THI YEN}, nội dung \"7A3 - họ tên con\". Học phí, tiền bán trú, nước uống vẫn nộp qua tài khoản của nhà trường số 21110000456789 tại BIDV Ba Đình, không nộp qua quỹ lớp.",
            ),
            P(
                "4. Ý kiến phụ huynh: đề nghị nhà trường bố trí bảo vệ phân luồng xe đón học sinh ở cổng phố Nguyễn Trường Tộ giờ tan học; giảm bài tập về nhà cuối tuần. Liên hoan cuối học kỳ I dự kiến tổ chức tại nhà Trưởng ban, đ/c {vn.address|số 16 ngách 12/5 phố Đội Cấn, phường Ngọc Hà, Hà Nội}.",
            ),
            P(
                "Liên hệ GVCN: ĐT/Zalo {vn.phone|0912 448 306}, email {email|hongnhung.thcsntt@gmail.com}. Văn phòng nhà trường: 024 3823 5184, c2nguyentruongto@hanoi.edu.vn. Biên bản kết thúc lúc 21 giờ cùng ngày.",
            ),
        ],
    },
    Doc {
        name: "danh-sach-cong-duc-trung-tu-chua",
        parts: &[
            P(
                "CHÙA PHỔ QUANG - Thôn Phước Hưng, xã Hòa Tiến, TP. Đà Nẵng - ĐT văn phòng: 0236 3846 217",
            ),
            P(
                "DANH SÁCH THIỆN NAM TÍN NỮ CÔNG ĐỨC TRÙNG TU CHÁNH ĐIỆN - ĐỢT 3 (từ 01/11 đến 30/11/2025)",
            ),
            P(
                "Công đức chuyển khoản xin gửi về: CHUA PHO QUANG, STK 0041000387215, Vietcombank CN Đà Nẵng, nội dung ghi họ tên - pháp danh - địa chỉ. Nam mô A Di Đà Phật.",
            ),
            T(&[
                &[
                    "STT",
                    "Họ tên",
                    "Pháp danh",
                    "Địa chỉ",
                    "Số tiền (đồng)",
                    "Hình thức",
                ],
                &[
                    "1",
                    "{person_name|LÊ VĂN PHƯỚC}",
                    "{person_name|Quảng Tâm}",
                    "{vn.address|Thôn Phước Hưng, xã Hòa Tiến}",
                    "5.000.000",
                    "Tiền mặt",
                ],
                &[
                    "2",
                    "GĐ {person_name|TRẦN THỊ KIM OANH}",
                    "",
                    "{vn.address|K45/18 Hoàng Diệu, P. Hải Châu}",
                    "10.000.000",
                    "CK từ TK {vn.bank_account|0041000215736} VCB",
                ],
                &[
                    "3",
                    "CTY TNHH XÂY DỰNG THÀNH ĐẠT (MST 0401873265)",
                    "",
                    "Lô 14 đường số 3 KCN Hòa Khánh",
                    "50.000.000",
                    "CK",
                ],
                &["4", "PHẬT TỬ GIẤU TÊN", "", "", "1.000.000", "Hòm công đức"],
                &[
                    "5",
                    "{person_name|VÕ THỊ HẠNH} (Sydney, Úc)",
                    "{person_name|Nguyên Hạnh}",
                    "",
                    "500 AUD (quy đổi 8.450.000)",
                    "Gửi qua em gái ở Hòa Vang, ĐT {vn.phone|0905.614.382}",
                ],
            ]),
            P(
                "Gia đình STT 1 xin cầu siêu hương linh thân phụ: cụ ông {person_name|Lê Văn Thạnh}, sinh năm {date_of_birth|1932}, mất ngày 06 tháng 10 năm Ất Tỵ (dương lịch 25/11/2025), hưởng thọ 94 tuổi. Lễ chung thất cúng tại chùa ngày 12/01/2026.",
            ),
            P(
                "Ghi chú thủ quỹ: khoản CK ngày 18/11 của GĐ STT 2 lúc đầu ghi nhầm 1.000.000, đã sửa thành 10.000.000 theo sao kê ngân hàng. Mọi thắc mắc xin liên hệ văn phòng chùa hoặc thủ quỹ, cô {person_name|Ngô Thị Thu}, ĐT {vn.phone|0935 271 648}. Danh sách niêm yết tại nhà khách đường Trưng Nữ Vương vào các ngày rằm, mùng một.",
            ),
        ],
    },
    Doc {
        name: "hop-dong-mua-ban-dien-sinh-hoat",
        parts: &[
            P("CÔNG TY CỔ PHẦN ĐIỆN LỰC KHÁNH HÒA - ĐIỆN LỰC NHA TRANG"),
            P(
                "11 Lý Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa - MST: 4200562765 - Tổng đài CSKH: 1900 1909",
            ),
            P(
                "HỢP ĐỒNG MUA BÁN ĐIỆN PHỤC VỤ MỤC ĐÍCH SINH HOẠT - Số: 3128/2025/HĐMBĐ-NT - Mã khách hàng: PC05AA0731286",
            ),
            P("Hôm nay, ngày 05 tháng 12 năm 2025, chúng tôi gồm:"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "BÊN BÁN ĐIỆN",
                    "Điện lực Nha Trang - đại diện: Phó Giám đốc Điện lực (giấy ủy quyền số 142/UQ-KHPC ngày 02/01/2025)",
                ],
                &[
                    "Tài khoản bên bán",
                    "102010000384125 tại VietinBank Khánh Hòa",
                ],
                &["BÊN MUA ĐIỆN", "Bà {person_name|Trịnh Ngọc Quỳnh}"],
                &["Ngày sinh", "{date_of_birth|02/11/1983}"],
                &["Số CCCD", "{vn.cccd|056183009127}, cấp ngày 14/8/2021"],
                &[
                    "Địa chỉ thường trú",
                    "{vn.address|Tổ 12 thôn Phú Ân Nam 2, xã Diên An, tỉnh Khánh Hòa}",
                ],
                &[
                    "Địa chỉ sử dụng điện (nơi ở hiện tại)",
                    "{vn.address|68/3 Đặng Tất, phường Bắc Nha Trang, tỉnh Khánh Hòa}",
                ],
                &["Điện thoại", "{vn.phone|0914 730 265}"],
                &[
                    "Email nhận thông báo, hóa đơn",
                    "{email|quynh.trinhngoc83@gmail.com}",
                ],
                &[
                    "Mục đích sử dụng / Số hộ dùng chung / Số nhân khẩu",
                    "Sinh hoạt / 01 / 05",
                ],
                &[
                    "Hình thức thanh toán",
                    "Trích nợ tự động từ TK {vn.bank_account|4700205138624} Agribank Khánh Hòa, chủ TK: {person_name|TRINH NGOC QUYNH}",
                ],
            ]),
            P(
                "Thiết bị đo đếm: công tơ điện tử 1 pha số 24587631, chỉ số lúc treo 000012, treo ngày 05/12/2025 tại cột số 17 nhánh rẽ trạm biến áp Phú Ân 3. Giá bán điện theo biểu giá bán lẻ điện sinh hoạt bậc thang hiện hành; ghi chỉ số ngày 08 hằng tháng.",
            ),
            P(
                "Bên mua đăng ký người liên hệ khi vắng nhà: chồng là ông {person_name|Nguyễn Khắc Duy}, ĐT {vn.phone|0779.218.506}.",
            ),
            P(
                "Hợp đồng được Bên mua ký điện tử trên Cổng dịch vụ điện trực tuyến lúc 20:47 ngày 03/12/2025 từ địa chỉ IP {ip_address|113.172.64.219}, xác thực bằng mã OTP gửi về số điện thoại đã đăng ký; có hiệu lực kể từ ngày treo công tơ.",
            ),
        ],
    },
    Doc {
        name: "bang-tin-khu-pho-mat-giay-to",
        parts: &[
            P(
                "BẢNG TIN KHU PHỐ 4 - PHƯỜNG LINH TRUNG (chép lại các tin dán từ 20/11 đến 05/12/2025)",
            ),
            P(
                "Tin 1 (giấy A4 viết tay, chữ in hoa): THÔNG BÁO MẤT GIẤY TỜ. TÔI TÊN {person_name|HUỲNH MINH TRÍ}, NGỤ TẠI {vn.address|123/45 ĐƯỜNG SỐ 8, KP4, P. LINH TRUNG, TP. THỦ ĐỨC}. SÁNG NGÀY 22/11/2025 TÔI CÓ ĐÁNH RƠI 01 BÓP DA MÀU ĐEN TRÊN ĐOẠN ĐƯỜNG TỪ CHỢ THỦ ĐỨC VỀ NGÃ TƯ BÌNH THÁI. TRONG BÓP CÓ: CCCD SỐ {vn.cccd|079094012835}, BẰNG LÁI XE HẠNG A1 SỐ {vn.driving_licence|790183927461}, CÀ VẸT XE WAVE BIỂN SỐ {vn.licence_plate|59-X3 481.26}, THẺ BHYT SỐ {vn.health_insurance_card|DN4797924518363} VÀ THẺ ATM VIETCOMBANK. AI NHẶT ĐƯỢC XIN LIÊN HỆ ĐT {vn.phone|0908 27 15 36}, XIN HẬU TẠ 500.000Đ.",
            ),
            P(
                "Tin 2 (in sẵn): THÔNG BÁO MẤT HỘ CHIẾU. Tôi là {person_name|Lâm Ngọc Trâm}, sinh ngày {date_of_birth|25/03/2001}, đã đánh mất hộ chiếu phổ thông số {vn.passport|C6128405} do Cục Quản lý xuất nhập cảnh cấp ngày 10/6/2022, có giá trị đến 10/6/2032. Tôi đã trình báo Công an phường ngày 27/11/2025 (đơn trình báo số 418). Nay thông báo hộ chiếu trên không còn giá trị sử dụng.",
            ),
            P(
                "Tin 3 (giấy nhỏ, không dấu): Mat giay dang ky xe Air Blade bien so {vn.licence_plate|59T1-637.08} dung ten {person_name|Dang Van Hau}, CMND {vn.cmnd|025817346}. Ai luom duoc xin lien he {vn.phone|098-135-7462}, hau ta",
            ),
            P(
                "Tin 4: CÔNG AN PHƯỜNG LINH TRUNG THÔNG BÁO TÌM CHỦ SỞ HỮU TÀI SẢN. Ngày 28/11/2025, một học sinh lớp 9 Trường THCS Trương Văn Ngư nhặt được và giao nộp 01 ví nữ màu hồng, bên trong có thẻ căn cước mang tên {person_name|Trần Thị Mỹ Duyên} (4 số cuối 1207), 01 thẻ sinh viên Trường Đại học Nông Lâm TP.HCM và 1.250.000 đồng. Chủ sở hữu liên hệ trực ban Công an phường, số 3 đường Hoàng Diệu 2, ĐT 028 3896 1145, mang theo giấy tờ chứng minh. Hết 01 năm kể từ ngày thông báo mà không có người nhận, tài sản được xử lý theo quy định.",
            ),
        ],
    },
    Doc {
        name: "ghi-chu-khach-moi-gioi-nha-dat",
        parts: &[
            P("NOTE KHACH BDS T12/2025 (dien thoai, ko dau)"),
            P("=== NHA BAN ==="),
            P(
                "1. Nha hem xe hoi {vn.address|56/21 Le Van Sy, P.13, Q.3} - chu nha chi {person_name|Tran Thi Thu Hang}, dang o luon tai day voi me gia. DT {vn.phone|0903 18 72 64}. DT dat 4x16 cong nhan du 64m2, 1 tret 2 lau, so hong rieng (so BN 158302, to 12 thua 345). Gia chao 14,5 ty, chot duoc 13,8. Chi {person_name|Hang} dong y hh 1,5%, goi truoc 9h sang ko nghe may vi di cho.",
            ),
            P(
                "2. Lo dat nen B12-07 KDC Van Phuc, 5x20, so rieng, chu la Viet kieu My ko ve duoc, em gai ten {person_name|Thao} dai dien theo uy quyen cong chung, sdt/zalo {vn.phone|+84 932 617 480}. Gia 9 ty con TL. Phap ly ok, da check quy hoach.",
            ),
            P("=== KHACH MUA ==="),
            P(
                "- a {person_name|Duc} (ban VPBank gioi thieu) tim nha Q3/Q10/Phu Nhuan tam 12-14 ty, co san 8 ty, vay them. sdt {vn.phone|84918047352}. Nguoi HN moi vao, lam IT. Da xem can Le Van Sy 2 lan, rat thich.",
            ),
            P("=== COC ==="),
            P(
                "12/12 chot: a {person_name|Duc} coc 200tr giu nha 56/21 LVS, CK vao TK VCB cua em {vn.bank_account|0371003948152} ten {person_name|NGUYEN ANH TUAN}. Em giu coc, hen ky HDDC tai VP cong chung duong Tran Quang Khai Q1 sang 15/12, chuyen tiep 200tr cho chu nha ngay khi ky.",
            ),
            P(
                "Khach gui hinh CCCD qua zalo: {vn.cccd|001085024771} (sinh {date_of_birth|1985}), vo la {person_name|Le Thi Thanh Huong} cccd {vn.cccd|001186019352} - nho in 2 ban mang theo. Luu y: so hong dung ten chu nha + chong (mat 2019) => can giay chung tu + van ban khai nhan di san!!",
            ),
        ],
    },
    Doc {
        name: "de-nghi-tra-soat-giao-dich-the",
        parts: &[
            P(
                "NGÂN HÀNG TMCP VIỆT NAM THỊNH VƯỢNG (VPBank) - Hội sở: 89 Láng Hạ, phường Láng, Hà Nội - Tổng đài: 1900 54 54 15 - chamsockhachhang@vpbank.com.vn",
            ),
            P("GIẤY ĐỀ NGHỊ TRA SOÁT, KHIẾU NẠI GIAO DỊCH THẺ - Số hồ sơ: TS-251208-0048317"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên chủ thẻ", "{person_name|Kiều Thị Phương Anh}"],
                &["Ngày sinh", "{date_of_birth|30/08/1992}"],
                &["Số CCCD/Hộ chiếu", "{vn.cccd|001192018463}"],
                &["Điện thoại di động", "{vn.phone|0962481357}"],
                &["Email", "{email|phuonganh.kieu92@gmail.com}"],
                &[
                    "Địa chỉ liên hệ",
                    "{vn.address|Căn 1804, tòa S2.05, Vinhomes Ocean Park, xã Gia Lâm, Hà Nội}",
                ],
                &[
                    "Số thẻ",
                    "{payment_card|4147 6805 3912 5828} (thẻ chính, VPBank StepUp Visa Credit, hiệu lực đến 09/29)",
                ],
            ]),
            P(
                "Nội dung đề nghị: rạng sáng 06/12/2025 tôi nhận được tin nhắn \"VPBank: The 4147****5828 GD -1.299.000VND luc 02:14 06/12 tai APPLE.COM/BILL\" và 2 tin báo giao dịch khác như bảng dưới. Tôi không thực hiện các giao dịch này, không nhận được OTP, thẻ vẫn do tôi giữ. Tôi đã khóa thẻ trên ứng dụng lúc 06:40 cùng ngày.",
            ),
            T(&[
                &[
                    "Thời gian",
                    "Đơn vị chấp nhận thẻ",
                    "Số tiền (VND)",
                    "Mã chuẩn chi",
                ],
                &[
                    "06/12/2025 02:14",
                    "APPLE.COM/BILL, IE",
                    "1.299.000",
                    "084512",
                ],
                &[
                    "06/12/2025 02:19",
                    "STEAMGAMES.COM 4259522985, WA",
                    "2.476.500",
                    "091377",
                ],
                &["06/12/2025 02:31", "AGODA.COM, SG", "7.815.200", "102846"],
            ]),
            P(
                "Thẻ phụ của chồng tôi là ông {person_name|Trương Quốc Bảo}, số thẻ {payment_card|4147 6805 4471 0937}, không phát sinh giao dịch tranh chấp; đề nghị ngân hàng phát hành lại cả thẻ chính và thẻ phụ với số mới. Số tiền được hoàn (nếu có) đề nghị ghi có vào tài khoản thanh toán của tôi số {vn.bank_account|218476093} tại VPBank.",
            ),
            P(
                "PHẦN XỬ LÝ CỦA NGÂN HÀNG (nội bộ): Nhật ký VPBank NEO ngày 05-06/12/2025: khách hàng chỉ đăng nhập từ địa chỉ IP {ip_address|118.70.126.60} (mạng FPT tại nhà) và {ip_address|2401:d800:7f31:5a1c:e4b2:1f09:7d3a:2c18} (4G Viettel, điện thoại đã đăng ký), không thay đổi thiết bị. Ba giao dịch là giao dịch thương mại điện tử không xác thực 3-D Secure tại đơn vị chấp nhận thẻ nước ngoài; nghi lộ dữ liệu thẻ qua trang đặt phòng giả mạo khách truy cập ngày 02/12. Đã tạm ghi có 11.590.700 đồng ngày 09/12/2025, gửi yêu cầu chargeback qua Visa, mã lý do 10.4. Giao dịch viên tiếp nhận: GDV 0417 (đã ký).",
            ),
        ],
    },
    Doc {
        name: "don-de-nghi-huong-che-do-thai-san",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN ĐỀ NGHỊ HƯỞNG CHẾ ĐỘ THAI SẢN (Dùng cho người lao động thôi việc trước thời điểm sinh con)",
            ),
            P("Kính gửi: Bảo hiểm xã hội cơ sở Từ Sơn - Bảo hiểm xã hội tỉnh Bắc Ninh"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|NGÔ THỊ THANH LOAN}"],
                &["Ngày, tháng, năm sinh", "{date_of_birth|11/01/1996}"],
                &["Mã số BHXH", "{vn.social_insurance|2720148935}"],
                &["Số định danh cá nhân/CCCD", "{vn.cccd|027196007315}"],
                &["Số thẻ BHYT", "{vn.health_insurance_card|GD4272720148935}"],
                &["Số điện thoại", "{vn.phone|0343.627.195}"],
                &[
                    "Nơi cư trú",
                    "{vn.address|Khu phố Trang Liệt, phường Đồng Nguyên, tỉnh Bắc Ninh}",
                ],
                &[
                    "Đơn vị đóng BHXH trước khi thôi việc",
                    "Công ty TNHH Điện tử Sơn Hà Vina, KCN VSIP Bắc Ninh (mã đơn vị TB0284A); đóng BHXH từ 01/2019 đến 06/2025, nghỉ việc từ ngày 30/06/2025",
                ],
            ]),
            P("THÔNG TIN VỀ CON"),
            T(&[
                &[
                    "Họ và tên con",
                    "Ngày sinh",
                    "Số định danh cá nhân",
                    "Số thẻ BHYT",
                    "Nơi sinh",
                ],
                &[
                    "{person_name|Nguyễn Ngọc Hân}",
                    "{date_of_birth|18/10/2025}",
                    "{vn.cccd|027325004816}",
                    "{vn.health_insurance_card|TE1272725081634}",
                    "Bệnh viện Sản - Nhi Bắc Ninh",
                ],
            ]),
            P(
                "Họ tên cha của con: {person_name|Nguyễn Văn Quyết}. Giấy khai sinh số 312/2025, quyển số 02 do UBND phường Đồng Nguyên cấp ngày 24/10/2025. Số con trong lần sinh: 01; sinh thường.",
            ),
            P(
                "Hình thức nhận tiền: chuyển khoản vào tài khoản cá nhân số {vn.bank_account|2605206184721}, Agribank chi nhánh Từ Sơn (chủ tài khoản là người làm đơn). Hồ sơ kèm theo: bản sao giấy khai sinh của con. Tôi cam đoan những nội dung kê khai trên là đúng sự thật. Đồng Nguyên, ngày 06/11/2025. Người làm đơn (đã ký).",
            ),
            P(
                "PHẦN TIẾP NHẬN: Bộ phận một cửa BHXH cơ sở Từ Sơn, số 28 đường Lý Thái Tổ, phường Từ Sơn - ĐT 0222 3743 512. Mã hồ sơ 27113.2025.TS.0847; hẹn trả kết quả ngày 20/11/2025. Người tiếp nhận (đã ký).",
            ),
        ],
    },
];
