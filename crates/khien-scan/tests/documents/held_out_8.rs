//! An eighth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. The kinds differ from the earlier sets' (a notary office's
//! record of an agreement between heirs dividing a deceased father's estate, with the notary's
//! attestation, a ward's list of households receiving Tết gifts with signatures and bank
//! transfers, a vocational school's register of graduation certificates issued, a motorbike
//! repair shop's job cards, a family's complaint e-mail to an airline about two lost bags with
//! the web form's record and the airline's reply, a garment company youth union branch's member
//! list with Facebook links, an elderly care home's resident records with relatives and an
//! incident log, and a WhatsApp export between a Saigon landlady, her son and an Australian
//! couple renting her flat, mostly in English). Every piece of personal data is marked
//! `{detector|value}`: given names used alone after a first mention ("ông Khải", "anh Bảo",
//! "bà Mến", "em Thương", "anh Quân", "Đ/c Hiếu", "cụ Nhàn", "Dan") are marked; names after a
//! title (ThS., BS., Đ/c, Đại úy, Mrs., Mr., Miss) are marked without the title; ALL-CAPS and
//! unaccented names, account holders' names, WhatsApp display names and Western-order names
//! in English ("Huong Thanh Nguyen", "Minh Tran") are marked as written. A dead person's name,
//! birth year, old ID card, social insurance number, last address and bank account are marked
//! like a living person's. A 12-digit personal ID given as a personal tax code is marked as a
//! tax code. Australian passports in the letter-and-seven-digits form are marked as passports;
//! a home internet connection's public address is marked; a named employee's work e-mail is
//! marked. Left unmarked on purpose: organisation data (the notary office's, ward's, school's,
//! repair shop's, delivery company's, airline's, garment company's, care home's, internet
//! provider's and building management's names, tax codes, addresses, hotlines, landlines, a
//! shop's mobile hotline, e-mails, websites and bank accounts), the plates of a shop's loan
//! bike, a company's delivery motorbike and a care home's van, role mailboxes, places of birth
//! and home provinces, ages, gender, non-birth dates (death, marriage, issue, graduation, union
//! entry, maternity leave, flight, admission, arrival and incident dates), land-use
//! certificate, parcel, map-sheet, vehicle registration, death-extract, notarial, receipt,
//! decision, diploma serial ("B 0472581") and register numbers, a notary's card number,
//! booking codes (PNR), ticket, baggage-tag, irregularity-report, feedback and refund numbers,
//! flight numbers, a laptop serial, frame (VIN) and engine numbers, part codes, job-card and
//! service-contract numbers, an approval code, odometer readings, union card numbers, Facebook
//! group and profile links with numeric profile IDs, resident-file and room numbers, e-visa
//! codes, an internet contract number, an electricity customer code, transfer references and
//! payment-order numbers, a masked card number, a private router address, browser versions,
//! amounts and weights, and a notary office, a union, schools, streets and a city named after
//! people (Nguyễn Trãi, Hồ Chí Minh, Phan Bội Châu, Đặng Thúc Hứa, Lê Nin, Nguyễn Văn Cừ).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_8: &[Doc] = &[
    Doc {
        name: "cong-chung-thoa-thuan-phan-chia-di-san",
        parts: &[
            P("VĂN PHÒNG CÔNG CHỨNG NGUYỄN TRÃI"),
            P(
                "Địa chỉ: Số 96 Nguyễn Trãi, phường Thanh Xuân, thành phố Hà Nội - Điện thoại: 024 3858 7216 - Email: vpccnguyentrai@gmail.com - Mã số thuế: 0106287345",
            ),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
            P("VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN"),
            P(
                "Hôm nay, ngày 17 tháng 11 năm 2025 (ngày mười bảy tháng mười một năm hai nghìn không trăm hai mươi lăm), tại trụ sở Văn phòng công chứng Nguyễn Trãi, chúng tôi là những người thừa kế theo pháp luật của người để lại di sản nêu dưới đây, gồm có:",
            ),
            P(
                "1. Bà {person_name|NGUYỄN THỊ LAN}, sinh ngày {date_of_birth|09/04/1948}, Căn cước công dân số {vn.cccd|001148003925} do Cục Cảnh sát QLHC về TTXH cấp ngày 22/4/2021; thường trú tại: {vn.address|số 14 ngách 22/9 phố Khương Hạ, phường Khương Đình, thành phố Hà Nội}. Là vợ của người để lại di sản (Giấy chứng nhận kết hôn số 12, quyển số 01/1968 do UBND xã Khương Đình cấp ngày 02/3/1968).",
            ),
            P(
                "2. Ông {person_name|ĐINH QUANG HUY}, sinh ngày {date_of_birth|26-7-1970}, Căn cước công dân số {vn.cccd|001070011542} cấp ngày 10/7/2021; mã số thuế cá nhân {vn.tax_code|8012457363}; thường trú tại: {vn.address|P1206 tòa CT2, khu đô thị Văn Quán, phường Hà Đông, thành phố Hà Nội}; điện thoại {vn.phone|0913 245 768}. Là con trai cả.",
            ),
            P(
                "3. Bà {person_name|ĐINH THỊ THU HÀ}, sinh năm {date_of_birth|1974}, hiện định cư tại Cộng hòa Liên bang Đức, Hộ chiếu số {vn.passport|C8462153} do Đại sứ quán Việt Nam tại Đức cấp ngày 05/9/2022; thư điện tử {email|thuha.dinh74@web.de}. Là con gái thứ hai. Bà ủy quyền cho anh trai ký văn bản này theo Giấy ủy quyền số 218/2025/CN-ĐSQ được Đại sứ quán Việt Nam tại Berlin chứng nhận ngày 20/10/2025.",
            ),
            P(
                "4. Anh {person_name|ĐINH GIA BẢO}, sinh ngày {date_of_birth|18/12/2006}, Căn cước công dân số {vn.cccd|001206027481} cấp ngày 03/01/2022; thường trú tại: cùng địa chỉ với bà {person_name|Lan}; điện thoại {vn.phone|0387 105 692}. Là con đẻ của ông {person_name|Đinh Quang Hưng} (sinh năm {date_of_birth|1979}, chết ngày 11/6/2019), người con thứ ba của người để lại di sản; anh {person_name|Bảo} hưởng thừa kế thế vị phần di sản mà cha anh được hưởng nếu còn sống.",
            ),
            P(
                "Người để lại di sản: Ông {person_name|Đinh Văn Khải}, sinh năm {date_of_birth|1944}, Chứng minh nhân dân số {vn.cmnd|010256837} do Công an thành phố Hà Nội cấp ngày 14/5/2009, mã số bảo hiểm xã hội {vn.social_insurance|0104215387}, đã chết ngày 03/02/2025 tại Bệnh viện Bạch Mai theo Trích lục khai tử số 27/TLKT-BS do UBND phường Khương Đình cấp ngày 10/02/2025; nơi cư trú cuối cùng: {vn.address|số 14 ngách 22/9 phố Khương Hạ, phường Khương Đình, thành phố Hà Nội}. Ông {person_name|Khải} chết không để lại di chúc; cha mẹ ông đều đã chết trước ông.",
            ),
            P("Di sản do người chết để lại gồm:"),
            T(&[
                &["STT", "Tài sản", "Giấy tờ", "Giá trị tạm tính (đồng)"],
                &[
                    "1",
                    "50% quyền sử dụng đất và quyền sở hữu nhà ở tại thửa đất số 156, tờ bản đồ số 7, diện tích 62,4 m2 (nhà đất tại nơi cư trú cuối cùng nêu trên)",
                    "Giấy chứng nhận số BĐ 482731, số vào sổ CH 01283 do UBND quận Thanh Xuân cấp ngày 12/8/2011",
                    "3.100.000.000",
                ],
                &[
                    "2",
                    "Số dư tài khoản thanh toán số {vn.bank_account|1500205418367} mở tại Agribank chi nhánh Thanh Xuân, chủ tài khoản {person_name|DINH VAN KHAI}",
                    "Xác nhận số dư số 1184/XN-AGR ngày 06/11/2025",
                    "412.650.000",
                ],
                &[
                    "3",
                    "Xe mô tô Honda Wave Alpha màu đỏ, biển số {vn.licence_plate|29-H1 375.20}, số khung RLHJA3929JY081524",
                    "Giấy chứng nhận đăng ký xe số 0296418 cấp ngày 21/3/2018",
                    "9.000.000",
                ],
            ]),
            P(
                "Thỏa thuận phân chia: (a) Bà {person_name|Lan} được nhận toàn bộ phần di sản tại mục 1 và xe mô tô tại mục 3; các đồng thừa kế còn lại tự nguyện nhường kỷ phần của mình cho bà. (b) Số tiền tại mục 2 chia đều làm bốn phần, mỗi phần 103.162.500 đồng; phần của anh {person_name|Bảo} chuyển vào tài khoản số {vn.bank_account|0451000392817} tại Vietcombank đứng tên anh; phần của bà {person_name|Hà} do ông {person_name|Huy} nhận thay. (c) Các bên cam đoan ngoài những người nêu trên người để lại di sản không còn người thừa kế nào khác, không có con nuôi, con riêng.",
            ),
            P(
                "Việc thụ lý công chứng đã được niêm yết tại trụ sở UBND phường Khương Đình từ ngày 20/10/2025 đến ngày 04/11/2025, không có khiếu nại, tố cáo.",
            ),
            P(
                "LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN: Tôi, {person_name|Lê Thị Minh Tâm}, công chứng viên, thẻ công chứng viên số 1245/CCV do Bộ Tư pháp cấp, trong phạm vi trách nhiệm của mình chứng nhận: các bên đã tự nguyện thỏa thuận phân chia di sản; tại thời điểm công chứng các bên có năng lực hành vi dân sự phù hợp theo quy định của pháp luật; các bên đã đọc lại văn bản, đồng ý toàn bộ nội dung và ký, điểm chỉ trước mặt tôi. Văn bản được lập thành 05 bản chính. Số công chứng 3184, quyển số 11/2025 TP/CC-SCC/HĐGD. Phí công chứng 1.850.000 đồng (Biên lai số 0007412).",
            ),
            P(
                "CÁC BÊN THỎA THUẬN (ký, điểm chỉ và ghi rõ họ tên)     CÔNG CHỨNG VIÊN (ký, đóng dấu)",
            ),
        ],
    },
    Doc {
        name: "danh-sach-tang-qua-tet-phuong",
        parts: &[
            P("ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG"),
            P(
                "Địa chỉ: 270 Trưng Nữ Vương, phường Hải Châu, thành phố Đà Nẵng; ĐT: 0236 3821 447; Email: ubnd.haichau@danang.gov.vn",
            ),
            P(
                "DANH SÁCH CÁC HỘ GIA ĐÌNH ĐƯỢC TẶNG QUÀ TẾT NGUYÊN ĐÁN BÍNH NGỌ NĂM 2026 - ĐỢT 1 (Kèm theo Quyết định số 512/QĐ-UBND ngày 22/12/2025 của Chủ tịch UBND phường)",
            ),
            P(
                "Nguồn kinh phí: ngân sách thành phố 500.000 đồng/suất; Quỹ Vì người nghèo phường 300.000 đồng/suất; Công ty Cổ phần Thủy sản Biển Đông Đà Nẵng (MST 0401736453, 15 Bạch Đằng, phường Hải Châu) tài trợ 120 suất quà hiện vật gồm gạo, dầu ăn, bánh mứt trị giá 400.000 đồng/suất. Tổng số suất đợt 1: 186 suất, trích danh sách tổ dân phố 5, 8 và 12 dưới đây.",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên chủ hộ",
                    "Năm sinh",
                    "Số CCCD/CMND",
                    "Địa chỉ",
                    "Đối tượng",
                    "Hình thức nhận",
                    "Ký nhận",
                ],
                &[
                    "1",
                    "{person_name|Phan Thị Mến}",
                    "{date_of_birth|1931}",
                    "{vn.cccd|048131000274}",
                    "{vn.address|Tổ 12, khu phố Thạch Thang, phường Hải Châu, TP Đà Nẵng}",
                    "Bà mẹ Việt Nam anh hùng",
                    "Lãnh đạo phường đến thăm tặng tại nhà",
                    "Đã ký",
                ],
                &[
                    "2",
                    "{person_name|LÊ VĂN SỬU}",
                    "{date_of_birth|1949}",
                    "{vn.cmnd|201145368}",
                    "{vn.address|K82/15 Lê Duẩn, phường Hải Châu, Đà Nẵng}",
                    "Thương binh hạng 2/4",
                    "Tiền mặt",
                    "Đã ký",
                ],
                &[
                    "3",
                    "{person_name|Nguyễn Thị Bông}",
                    "{date_of_birth|1956}",
                    "{vn.cccd|048156007812}",
                    "{vn.address|Tổ 5, khu phố Phước Ninh, phường Hải Châu, TP Đà Nẵng}",
                    "Hộ nghèo",
                    "Chuyển khoản STK {vn.bank_account|2004205061238} Agribank",
                    "UNC số 0914 ngày 05/01/2026",
                ],
                &[
                    "4",
                    "{person_name|Trần Văn Tèo}",
                    "{date_of_birth|1962}",
                    "{vn.cccd|048062009146}",
                    "{vn.address|kiệt 36 Ông Ích Khiêm, tổ 8, phường Hải Châu, Đà Nẵng}",
                    "Hộ cận nghèo, bệnh hiểm nghèo",
                    "Con gái {person_name|Trần Thị Kiều} (CCCD {vn.cccd|048188004213}) nhận thay",
                    "Đã ký",
                ],
                &[
                    "5",
                    "{person_name|Hồ Thị Xuân Mai}",
                    "{date_of_birth|1990}",
                    "{vn.cccd|048190012654}",
                    "{vn.address|Phòng 304 nhà B, chung cư Thanh Bình, phường Hải Châu, TP Đà Nẵng}",
                    "Hộ nghèo, nuôi con khuyết tật",
                    "Chuyển khoản VietinBank {vn.bank_account|108873254610}",
                    "UNC số 0915 ngày 05/01/2026",
                ],
            ]),
            P(
                "Ghi chú: - Hộ bà {person_name|Mến} và ông {person_name|Sửu} do đồng chí Chủ tịch UBND phường trực tiếp đến thăm, tặng quà vào sáng ngày 10/02/2026. - Bà {person_name|Bông} báo mất thẻ BHYT số {vn.health_insurance_card|HN2484806217345}, đề nghị bộ phận một cửa làm thủ tục cấp lại. - Bà {person_name|Mến} ở một mình, tổ trưởng tổ 12 là bà {person_name|Lê Thị Nở} (ĐT {vn.phone|0935 207 614}) nhận trách nhiệm báo gia đình có mặt khi lãnh đạo phường đến thăm. - Hộ chị {person_name|Mai}: mức 1.200.000 đồng (gồm 400.000 đồng hỗ trợ thêm cho cháu khuyết tật theo Kế hoạch 87/KH-UBND).",
            ),
            P(
                "Mọi thắc mắc liên hệ công chức Văn hóa - Xã hội {person_name|Ngô Thị Phương Thảo}, ĐT {vn.phone|0905.318.227} hoặc bộ phận một cửa 0236 3821 449.",
            ),
            P(
                "NGƯỜI LẬP BIỂU (đã ký)     TM. ỦY BAN MTTQ VIỆT NAM PHƯỜNG - CHỦ TỊCH {person_name|Lê Thị Hồng Vân}     TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH {person_name|Trần Đình Sơn}",
            ),
        ],
    },
    Doc {
        name: "so-goc-cap-bang-tot-nghiep-trung-cap",
        parts: &[
            P("TRƯỜNG TRUNG CẤP KỸ THUẬT - NGHIỆP VỤ PHAN BỘI CHÂU"),
            P(
                "Km 5 đại lộ Lê Nin, xã Nghi Phú, tỉnh Nghệ An - ĐT: 0238 3851 629 - Email: daotao@tcphanboichau.edu.vn - Website: tcphanboichau.edu.vn - MST: 2901736455",
            ),
            P(
                "SỔ GỐC CẤP BẰNG TỐT NGHIỆP TRUNG CẤP (Khóa 2022 - 2025; Quyết định công nhận tốt nghiệp số 318/QĐ-TCPBC ngày 28/10/2025 của Hiệu trưởng; Sổ số 07, từ trang 41 đến trang 58)",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Nơi sinh",
                    "Giới tính",
                    "Số CCCD",
                    "Nghề đào tạo",
                    "Xếp loại",
                    "Số hiệu bằng",
                    "Số vào sổ",
                    "Người nhận bằng",
                ],
                &[
                    "1",
                    "{person_name|Nguyễn Văn Thắng}",
                    "{date_of_birth|12/05/2006}",
                    "Nghệ An",
                    "Nam",
                    "{vn.cccd|040206008713}",
                    "Điện công nghiệp",
                    "Khá",
                    "B 0472581",
                    "1207/TC-2025",
                    "{person_name|Nguyễn Văn Thắng}",
                ],
                &[
                    "2",
                    "{person_name|Hồ Thị Quỳnh Như}",
                    "{date_of_birth|3-8-2005}",
                    "Hà Tĩnh",
                    "Nữ",
                    "{vn.cccd|040305011284}",
                    "Kế toán doanh nghiệp",
                    "Giỏi",
                    "B 0472582",
                    "1208/TC-2025",
                    "{person_name|Hồ Thị Quỳnh Như}",
                ],
                &[
                    "3",
                    "{person_name|Phan Đức Mạnh}",
                    "{date_of_birth|2007-01-19}",
                    "Nghệ An",
                    "Nam",
                    "{vn.cccd|040207003961}",
                    "Công nghệ ô tô",
                    "Trung bình",
                    "B 0472583",
                    "1209/TC-2025",
                    "Chưa nhận",
                ],
                &[
                    "4",
                    "{person_name|TRẦN THỊ LAN ANH}",
                    "{date_of_birth|15.9.1998}",
                    "Thanh Hóa",
                    "Nữ",
                    "{vn.cccd|040198014527}",
                    "Kế toán doanh nghiệp",
                    "Xuất sắc",
                    "B 0472584",
                    "1210/TC-2025",
                    "{person_name|Trần Thị Lan Anh}",
                ],
                &[
                    "5",
                    "{person_name|Lô Văn Páo}",
                    "{date_of_birth|ngày 07 tháng 02 năm 2006}",
                    "Quế Phong, Nghệ An",
                    "Nam",
                    "{vn.cccd|040206019358}",
                    "Điện công nghiệp",
                    "Khá",
                    "B 0472585",
                    "1211/TC-2025",
                    "{person_name|Lô Văn Páo}",
                ],
                &[
                    "6",
                    "{person_name|Lê Thị Hoài Thương}",
                    "{date_of_birth|21/11/2004}",
                    "Nghệ An",
                    "Nữ",
                    "{vn.cccd|040304006172}",
                    "May thời trang",
                    "Khá",
                    "B 0472586",
                    "1212/TC-2025",
                    "Mẹ là {person_name|Hồ Thị Thanh}, CCCD {vn.cccd|040179009245}, nhận thay",
                ],
            ]),
            P(
                "Ghi chú của Phòng Đào tạo: Học sinh {person_name|Phan Đức Mạnh} còn nợ học phí học kỳ 6 (2.150.000 đồng) nên chưa phát bằng; em {person_name|Mạnh} đã hẹn nộp trước ngày 15/12/2025. Em {person_name|Lan Anh} là học viên hệ liên thông vừa học vừa làm, đã có bằng tốt nghiệp THPT năm 2016 tại Trường THPT Đặng Thúc Hứa. Bằng của em {person_name|Thương} giao cho mẹ theo giấy ủy quyền viết tay ngày 03/11/2025 có xác nhận của UBND xã Tân Kỳ; em {person_name|Thương} hiện đang làm việc tại Nhật Bản theo chương trình thực tập sinh.",
            ),
            P(
                "Ngày cấp bằng: 05/11/2025. Liên hệ tra cứu văn bằng: Phòng Đào tạo, ĐT 0238 3851 630; Trưởng phòng ThS. {person_name|Đặng Thị Thu Hiền}, di động {vn.phone|0916 425 738}.",
            ),
            P(
                "NGƯỜI LẬP SỔ {person_name|Trần Văn Quyết}          HIỆU TRƯỞNG ThS. {person_name|Nguyễn Văn Hào}",
            ),
        ],
    },
    Doc {
        name: "phieu-sua-chua-xe-may",
        parts: &[
            P("TRUNG TÂM SỬA CHỮA - BẢO DƯỠNG XE MÁY MINH PHÁT"),
            P(
                "215 Lũy Bán Bích, phường Tân Phú, TP. Hồ Chí Minh | ĐT: 028 3861 2457 | Hotline/Zalo: 0909 612 457 | MST: 0314528739 | STK: Vietcombank 0071001234567 - CONG TY TNHH DICH VU XE MAY MINH PHAT",
            ),
            P(
                "PHIẾU SỬA CHỮA SỐ: PSC-2511-0381     Ngày vào: 24/11/2025 08:15     Ngày trả: 24/11/2025 11:40",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Khách hàng", "Chị {person_name|Lưu Thị Ngọc Hân}"],
                &["Điện thoại", "{vn.phone|0938 514 207}"],
                &[
                    "Địa chỉ",
                    "{vn.address|88/6 Thoại Ngọc Hầu, phường Phú Thạnh, TP.HCM}",
                ],
                &[
                    "Xe",
                    "Honda Air Blade 125 màu đen, biển số {vn.licence_plate|59-T1 628.35}",
                ],
                &["Số khung / Số máy", "RLHJF6310KY123456 / JF63E-1234567"],
                &["Số km", "28.416"],
                &[
                    "Yêu cầu khách",
                    "Bảo dưỡng định kỳ, xe đề khó buổi sáng, phanh sau kêu",
                ],
                &["Kỹ thuật viên", "{person_name|Phạm Văn Lộc}"],
            ]),
            T(&[
                &[
                    "STT",
                    "Mã phụ tùng",
                    "Nội dung",
                    "SL",
                    "Đơn giá",
                    "Thành tiền",
                ],
                &[
                    "1",
                    "08232-2MA-F1LG1",
                    "Nhớt Honda 0.8L",
                    "1",
                    "135.000",
                    "135.000",
                ],
                &["2", "31916-K36-J01", "Bugi NGK", "1", "95.000", "95.000"],
                &[
                    "3",
                    "06430-K1N-V01",
                    "Bố thắng sau",
                    "1",
                    "180.000",
                    "180.000",
                ],
                &[
                    "4",
                    "DV-VSNG",
                    "Vệ sinh nồi, kim phun",
                    "1",
                    "150.000",
                    "150.000",
                ],
            ]),
            P(
                "Tổng cộng: 560.000 đồng. Khách chuyển khoản từ TK {vn.bank_account|0421003958127} - {person_name|LUU THI NGOC HAN}, mã GD FT25328904716. Chị {person_name|Hân} lấy hóa đơn điện tử, MST cá nhân {vn.tax_code|8043172590}. Bảo hành 03 tháng hoặc 3.000 km.",
            ),
            P(
                "PHIẾU SỬA CHỮA SỐ: PSC-2511-0394     Ngày vào: 25/11/2025 16:50     Hẹn trả: 27/11/2025",
            ),
            P(
                "Khách hàng: anh {person_name|TRƯƠNG MINH QUÂN} - ĐT {vn.phone|0903.227.841} - địa chỉ {vn.address|Lô C chung cư Phú Thọ Hòa, 36 Lê Lăng, phường Phú Thọ Hòa, TP. Hồ Chí Minh}. Xe Yamaha Exciter 155 xanh GP, biển số {vn.licence_plate|59-C2 093.17}, số km 41.902. Xe bị va quẹt: gãy dè trước, cong tay thắng, bể đèn xi nhan trái, cần đặt hàng ốp đầu chính hãng (mã B17-F8311-00, 3-5 ngày). KTV: {person_name|Nguyễn Hoàng Nam}.",
            ),
            P(
                "Trong thời gian chờ, cửa hàng cho anh {person_name|Quân} mượn xe Wave của cửa hàng biển số 59-F1 773.02, giữ giấy phép lái xe hạng A1 số {vn.driving_licence|790097014562} của anh {person_name|Quân}. Đặt cọc phụ tùng 1.000.000 đồng tiền mặt. Hóa đơn xuất tên {person_name|Trương Minh Quân}, mã số thuế (số định danh cá nhân) {vn.tax_code|079091012358}.",
            ),
            P("PHIẾU SỬA CHỮA SỐ: PSC-2511-0397     Ngày vào: 26/11/2025 09:05"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Khách hàng",
                    "{person_name|Đoàn Thị Mỹ Duyên} (đặt lịch qua Zalo OA)",
                ],
                &["Điện thoại", "{vn.phone|+84 779 315 406}"],
                &["Email nhận hóa đơn", "{email|myduyen.doan97@gmail.com}"],
                &[
                    "Xe",
                    "Honda Vision trắng, biển số {vn.licence_plate|59-X3 415.82}, 12.077 km",
                ],
                &[
                    "Nội dung",
                    "Thay bình ắc quy GTZ5S (mã 31500-KZV-V01), thay lốp sau 90/90-14; 1.240.000 đồng",
                ],
                &[
                    "Thanh toán",
                    "Quẹt thẻ Visa **** **** **** 4417, mã chuẩn chi 082615",
                ],
                &["Kỹ thuật viên", "{person_name|Phạm Văn Lộc}"],
            ]),
            P("PHIẾU SỬA CHỮA SỐ: PSC-2511-0402     Ngày vào: 27/11/2025 07:30"),
            P(
                "Khách hàng: Công ty TNHH Giao Nhận Nhanh Phương Nam, MST 0316274818, 12 Tân Kỳ Tân Quý, phường Tân Sơn Nhì, TP. Hồ Chí Minh, ĐT 028 3816 0925. Xe giao hàng Honda Blade biển số 59-V1 207.48 đứng tên công ty. Người đưa xe: tài xế {person_name|Huỳnh Văn Tài}, ĐT {vn.phone|0326 418 590}. Thay nhông sên dĩa (bộ 06401-KWW-640), thay nhớt; 785.000 đồng, công nợ cuối tháng theo hợp đồng dịch vụ số 14/2025/HĐDV. KTV: {person_name|Nguyễn Hoàng Nam}. Anh {person_name|Tài} ký nhận xe lúc 10:15.",
            ),
            P(
                "Thu ngân: {person_name|Võ Thị Kim Ngân}     Quản lý xưởng: {person_name|Lê Minh Trọng}",
            ),
        ],
    },
    Doc {
        name: "email-khieu-nai-that-lac-hanh-ly",
        parts: &[
            P("Từ: {person_name|Nguyễn Thanh Hương} <{email|huongnt.kientruc@gmail.com}>"),
            P("Đến: LotusSky Airlines - Hành lý <baggage.claim@lotussky.vn>"),
            P("Cc: {person_name|Trần Đức Minh} <{email|minh.td@hoabinhtech.vn}>"),
            P("Ngày: Thứ Bảy, 22/11/2025 23:47"),
            P(
                "Tiêu đề: [KHIẾU NẠI] Thất lạc 02 kiện hành lý chuyến LS381 ICN-SGN ngày 21/11/2025 - Mã đặt chỗ X7KQ2M - PIR SGNLS24718",
            ),
            P("Kính gửi Bộ phận Dịch vụ hành lý Hãng hàng không LotusSky,"),
            P(
                "Tôi là {person_name|Nguyễn Thanh Hương}, cùng chồng là {person_name|Trần Đức Minh} và con gái {person_name|Trần Minh Anh} bay chuyến LS381 từ Incheon về Tân Sơn Nhất ngày 21/11/2025 (cất cánh 18:35 giờ Seoul, hạ cánh 22:10). Gia đình ký gửi 03 kiện, số thẻ hành lý LS482731, LS482732 và LS482733, nhưng chỉ nhận được kiện LS482733. Tôi đã lập Báo cáo bất thường hành lý (PIR) số SGNLS24718 tại quầy Lost & Found ga quốc tế lúc 23:30 cùng ngày, nhân viên ghi nhận là chị {person_name|Vy}.",
            ),
            P("Thông tin hành khách theo hộ chiếu:"),
            T(&[
                &["Hành khách", "Ngày sinh", "Số hộ chiếu", "Số vé"],
                &[
                    "{person_name|NGUYEN THANH HUONG}",
                    "{date_of_birth|14/06/1986}",
                    "{vn.passport|C5274816}",
                    "978-2415678901",
                ],
                &[
                    "{person_name|TRAN DUC MINH}",
                    "{date_of_birth|02.01.1984}",
                    "{vn.passport|C4093527}",
                    "978-2415678902",
                ],
                &[
                    "{person_name|TRAN MINH ANH} (trẻ em)",
                    "{date_of_birth|30/9/2015}",
                    "{vn.passport|C9153704}",
                    "978-2415678903",
                ],
            ]),
            P(
                "Hai kiện thất lạc: (1) vali Samsonite 28 inch màu xanh navy, 23,4 kg, có quần áo, quà tặng, mỹ phẩm và một laptop MacBook Pro số sê-ri C02XK1ABJGH5 của chồng tôi; (2) vali 24 inch màu hồng có dán sticker, 18 kg, đồ dùng của bé {person_name|Minh Anh} và bìa hồ sơ có bản sao CCCD số {vn.cccd|001186017425} của tôi cùng hợp đồng công việc. Tôi rất lo ngại giấy tờ cá nhân bị lộ.",
            ),
            P(
                "Tại sân bay Incheon chúng tôi đã trả phí hành lý quá cước 1.250.000 đồng bằng thẻ Visa số {payment_card|4116 2230 5817 2942} mang tên {person_name|TRAN DUC MINH} do quầy báo kiện thứ ba vượt tiêu chuẩn. Đề nghị hãng hoàn phí này vào chính thẻ trên, và bồi thường chi phí mua đồ dùng thiết yếu (hóa đơn kèm theo, 3.860.000 đồng) vào tài khoản Techcombank số {vn.bank_account|19036284715018}, chủ tài khoản {person_name|NGUYEN THANH HUONG}.",
            ),
            P(
                "Khi tìm thấy hành lý, xin giao về {vn.address|căn hộ B2-15.08, chung cư Sunrise City, 27 Nguyễn Hữu Thọ, phường Tân Hưng, TP. Hồ Chí Minh} và gọi trước cho tôi số {vn.phone|0908 472 316} hoặc chồng tôi {vn.phone|+84 912 530 684}.",
            ),
            P(
                "English summary for the Incheon station: Passengers Mrs. {person_name|Huong Thanh Nguyen}, Mr. {person_name|Minh Tran} and Miss {person_name|Minh Anh Tran} (child, DOB {date_of_birth|30 Sep 2015}), flight LS381 ICN-SGN on 21 NOV 2025, booking ref X7KQ2M, two bags missing (tags LS482731, LS482732). Please check the bags were loaded at ICN and forward them on LS381 or LS383.",
            ),
            P("Trân trọng, {person_name|Hương}"),
            P(
                "--- Bản ghi biểu mẫu trực tuyến (hệ thống tự động đính kèm) --- Mã phản hồi: FB-2025-1122-08841 | Kênh: lotussky.vn/phan-hoi | Gửi lúc: 22/11/2025 23:47:09 (GMT+7) | Địa chỉ IP người gửi: {ip_address|171.252.113.40} | Trình duyệt: Chrome 131.0 / Android 14",
            ),
            P("Từ: LotusSky Airlines - Hành lý <baggage.claim@lotussky.vn>"),
            P("Ngày: Thứ Hai, 24/11/2025 10:12"),
            P(
                "Kính gửi Quý khách {person_name|Nguyễn Thanh Hương}, LotusSky xin lỗi về sự bất tiện. Hệ thống WorldTracer đã ghi nhận hồ sơ SGNLS24718; kiện LS482732 đã được tìm thấy tại Incheon và sẽ về SGN trên chuyến LS383 ngày 24/11/2025, được giao miễn phí đến địa chỉ Quý khách cung cấp trong ngày 25/11/2025. Kiện LS482731 đang tiếp tục truy tìm; sau 21 ngày kể từ ngày hạ cánh, nếu chưa tìm thấy, hãng sẽ giải quyết bồi thường theo Công ước Montreal 1999. Yêu cầu hoàn phí quá cước đã chuyển bộ phận Doanh thu (mã yêu cầu RF-77124).",
            ),
            P(
                "Nhân viên phụ trách: {person_name|Lê Hoàng Phúc} - Dịch vụ hành lý, Chi nhánh miền Nam; email {email|phuc.lh@lotussky.vn}. Công ty Cổ phần Hàng không Hoa Sen Bầu Trời (LotusSky), MST 0312865087, 112 Trường Sơn, phường Tân Sơn Hòa, TP. Hồ Chí Minh; Tổng đài 1900 1127 / (028) 3547 1127.",
            ),
        ],
    },
    Doc {
        name: "danh-sach-doan-vien-chi-doan",
        parts: &[
            P("ĐOÀN TNCS HỒ CHÍ MINH CÔNG TY CỔ PHẦN MAY XUẤT KHẨU ĐÔNG HƯNG"),
            P("BCH CHI ĐOÀN PHÂN XƯỞNG MAY 2"),
            P(
                "Công ty CP May xuất khẩu Đông Hưng - MST 1000428615 - Cụm công nghiệp Đông Phong, xã Đông Hưng, tỉnh Hưng Yên - ĐT 0227 3851 206 - Email: vanphong@maydonghung.com.vn",
            ),
            P("Số: 07/DS-CĐ                    Đông Hưng, ngày 28 tháng 11 năm 2025"),
            P(
                "DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN PHÂN XƯỞNG MAY 2 (cập nhật phục vụ đánh giá, xếp loại đoàn viên năm 2025 và nhóm sinh hoạt trực tuyến facebook.com/groups/chidoanmay2dh)",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số thẻ ĐV",
                    "Ngày vào Đoàn",
                    "Điện thoại",
                    "Facebook",
                    "Email",
                    "Chức vụ",
                ],
                &[
                    "1",
                    "{person_name|Phạm Thị Ngọc Ánh}",
                    "{date_of_birth|05/03/1999}",
                    "ĐV 0172583",
                    "26/03/2014",
                    "{vn.phone|0975 604 318}",
                    "facebook.com/ngocanh.pham.99",
                    "{email|anhptn.maydh@gmail.com}",
                    "Bí thư chi đoàn",
                ],
                &[
                    "2",
                    "{person_name|Vũ Văn Cường}",
                    "{date_of_birth|10/10/1995}",
                    "ĐV 0098214",
                    "26/03/2010",
                    "{vn.phone|0348 117 925}",
                    "fb.com/cuong.vuvan.1010",
                    "",
                    "Phó bí thư",
                ],
                &[
                    "3",
                    "{person_name|Đỗ Thị Thu Trang}",
                    "{date_of_birth|2001-08-17}",
                    "ĐV 0214736",
                    "19/05/2016",
                    "{vn.phone|0865.302.471}",
                    "facebook.com/profile.php?id=100047382915063",
                    "{email|thutrang.do01@gmail.com}",
                    "Ủy viên BCH",
                ],
                &[
                    "4",
                    "{person_name|BÙI VĂN TÚ}",
                    "{date_of_birth|22/12/2003}",
                    "ĐV 0251907",
                    "26/03/2018",
                    "{vn.phone|+84 396 812 057}",
                    "fb.com/tu.bui.2212",
                    "",
                    "Đoàn viên",
                ],
                &[
                    "5",
                    "{person_name|Nguyễn Thị Hồng Nhung}",
                    "{date_of_birth|14.7.2004}",
                    "ĐV 0263518",
                    "02/09/2019",
                    "{vn.phone|0582 413 679}",
                    "facebook.com/hongnhung.nguyen.1407",
                    "{email|nhungnth2004@yahoo.com.vn}",
                    "Đoàn viên",
                ],
                &[
                    "6",
                    "{person_name|Trần Minh Hiếu}",
                    "{date_of_birth|2006}",
                    "ĐV 0309442",
                    "26/03/2021",
                    "{vn.phone|0359 271 804}",
                    "facebook.com/profile.php?id=100082617405339",
                    "{email|hieutm06@gmail.com}",
                    "Đoàn viên",
                ],
            ]),
            P(
                "Biến động trong năm: - Đ/c {person_name|Vũ Văn Cường} (sinh năm {date_of_birth|1995}) hết tuổi đoàn vào tháng 10/2025, chi đoàn tổ chức lễ trưởng thành đoàn ngày 26/3/2026. - Đ/c {person_name|Nguyễn Thị Hồng Nhung} nghỉ thai sản từ 01/9/2025 đến 28/02/2026, mã số BHXH {vn.social_insurance|3422917604}, sinh hoạt ghép với tổ Hoàn thiện. - Đ/c {person_name|Hiếu} mới chuyển sinh hoạt từ Chi đoàn thôn Đông Thành về theo Giấy giới thiệu số 15/GGT-ĐTN ngày 04/8/2025.",
            ),
            P(
                "Đoàn phí năm 2025 (24.000 đồng/đoàn viên) nộp tiền mặt cho Đ/c {person_name|Trang} (thủ quỹ) hoặc chuyển khoản MB Bank {vn.bank_account|0580123468901} - {person_name|DO THI THU TRANG}, nội dung: họ tên + doan phi 2025. Đề nghị các đ/c chưa có email cập nhật trước 10/12/2025 để cấp tài khoản Thanh niên Việt Nam.",
            ),
            P(
                "Nơi nhận: Đoàn Thanh niên Công ty (Bí thư Đ/c {person_name|Lương Văn Khánh}, ĐT {vn.phone|0983 261 470}); Lưu chi đoàn.",
            ),
            P("T/M BCH CHI ĐOÀN - BÍ THƯ {person_name|Phạm Thị Ngọc Ánh}"),
        ],
    },
    Doc {
        name: "ho-so-nguoi-cao-tuoi-trung-tam-duong-lao",
        parts: &[
            P("TRUNG TÂM CHĂM SÓC NGƯỜI CAO TUỔI AN BÌNH"),
            P(
                "Số 168 Nguyễn Văn Cừ, phường Bồ Đề, thành phố Hà Nội | ĐT: 024 3872 5519 | Hotline 24/7: 1900 2957 | Email: lienhe@duonglaoanbinh.vn | MST: 0109582349 | TK: 113000185274 VietinBank CN Long Biên",
            ),
            P("HỒ SƠ NGƯỜI CAO TUỔI LƯU TRÚ - Mã hồ sơ: AB-NCT-2025-031 - Phòng 305 (khu B)"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "Cụ bà {person_name|BÙI THỊ NHÀN}"],
                &["Ngày sinh", "{date_of_birth|12 tháng 8 năm 1936} (89 tuổi)"],
                &[
                    "Quê quán",
                    "xã Vũ Thư, tỉnh Thái Bình (nay là tỉnh Hưng Yên)",
                ],
                &["Số CCCD", "{vn.cccd|034136002718}"],
                &[
                    "Mã số BHXH",
                    "{vn.social_insurance|0105127384} (giáo viên nghỉ hưu)",
                ],
                &[
                    "Thẻ BHYT",
                    "{vn.health_insurance_card|HT3010105127384}, nơi KCB ban đầu: Bệnh viện Đa khoa Đức Giang",
                ],
                &[
                    "Nơi ở trước khi vào Trung tâm",
                    "{vn.address|số 7 ngõ 15 phố Hàng Chuối, phường Hai Bà Trưng, Hà Nội}",
                ],
                &[
                    "Ngày vào Trung tâm",
                    "02/06/2024 (Hợp đồng dịch vụ số 031/2024/HĐ-AB)",
                ],
                &[
                    "Tình trạng sức khỏe",
                    "Tăng huyết áp, đái tháo đường type 2, sa sút trí tuệ nhẹ; đi lại bằng khung tập đi",
                ],
                &["Bác sĩ phụ trách", "BS. {person_name|Lương Thị Hải Yến}"],
                &["Điều dưỡng chính", "{person_name|Nông Thị Mai}"],
                &[
                    "Thanh toán",
                    "Phí lưu trú 14.500.000 đồng/tháng, trích nợ tự động ngày 05 hằng tháng từ thẻ Mastercard số {payment_card|5264 1873 0295 1632} của con trai; hóa đơn xuất cho người ký hợp đồng, MST cá nhân {vn.tax_code|8305124766}",
                ],
            ]),
            P("NGƯỜI THÂN / NGƯỜI LIÊN HỆ KHẨN CẤP"),
            T(&[
                &[
                    "STT",
                    "Họ tên",
                    "Quan hệ",
                    "Điện thoại",
                    "Email",
                    "Địa chỉ",
                    "Ghi chú",
                ],
                &[
                    "1",
                    "{person_name|Trịnh Quốc Hùng}",
                    "Con trai",
                    "{vn.phone|0904 385 162}",
                    "{email|hung.trinhquoc63@gmail.com}",
                    "{vn.address|P.806 nhà B3, khu đô thị Việt Hưng, phường Việt Hưng, Hà Nội}",
                    "Người ký hợp đồng, CCCD {vn.cccd|001063004517}; liên hệ đầu tiên",
                ],
                &[
                    "2",
                    "{person_name|Trịnh Thị Bích Ngọc}",
                    "Con gái",
                    "{vn.phone|0937 215 804}",
                    "{email|ngoc.trinhbich@outlook.com}",
                    "{vn.address|72/14 Trần Quang Khải, phường Tân Định, TP. Hồ Chí Minh}",
                    "Ở xa, gọi sau 19h",
                ],
                &[
                    "3",
                    "{person_name|Trịnh Quốc Anh Tuấn}",
                    "Cháu nội",
                    "{vn.phone|0396 507 218}",
                    "",
                    "Như trên (ở cùng bố)",
                    "Thường đón cụ về nhà dịp lễ",
                ],
            ]),
            P("NHẬT KÝ SỰ VIỆC THÁNG 11/2025 (trích)"),
            T(&[
                &["Ngày", "Giờ", "Sự việc", "Người ghi", "Người thân được báo"],
                &[
                    "18/11/2025",
                    "21:40",
                    "Cụ {person_name|Nhàn} trượt ngã trong nhà vệ sinh, bầm hông trái; BS. {person_name|Hải Yến} khám, chụp X-quang tại Bệnh viện Đức Giang: không gãy xương",
                    "{person_name|Nông Thị Mai}",
                    "Anh {person_name|Hùng} qua điện thoại lúc 21:52; chị {person_name|Ngọc} qua Zalo",
                ],
            ]),
            P("HỒ SƠ NGƯỜI CAO TUỔI LƯU TRÚ - Mã hồ sơ: AB-NCT-2025-044 - Phòng 112 (khu A)"),
            P(
                "Ông {person_name|LẠI VĂN THƯỚC}, sinh năm {date_of_birth|1941}, thương binh hạng 1/4, CMND số {vn.cmnd|150742318} (chưa đổi CCCD), thẻ BHYT {vn.health_insurance_card|CC1343406172905}. Chế độ người có công nhận qua tài khoản Agribank số {vn.bank_account|2105206184372} đứng tên ông {person_name|Thước}. Người thân: con gái {person_name|Lại Thị Thu}, ĐT {vn.phone|0915 630 247}, địa chỉ {vn.address|thôn An Lạc, xã Vũ Thư, tỉnh Hưng Yên}. Vào Trung tâm ngày 14/9/2025; bệnh nền: di chứng vết thương sọ não, thoái hóa khớp gối. Đi viện định kỳ tại Bệnh viện Hữu Nghị, xe của Trung tâm biển số 29LD-318.66 đưa đón.",
            ),
            P("Giám đốc Trung tâm: ThS. {person_name|Đào Thị Kim Oanh}"),
        ],
    },
    Doc {
        name: "whatsapp-chu-nha-khach-thue-nuoc-ngoai",
        parts: &[
            P("WhatsApp Chat with Apt 12B Thao Dien 🏠 (exported 03/12/2025)"),
            P(
                "01/11/2025, 14:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
            ),
            P(
                "01/11/2025, 14:05 - {person_name|Hạnh Nguyễn}: Hello {person_name|Daniel} and {person_name|Chloe}, welcome to Vietnam 😊 This is the group for the apartment. My son is here also, he speak English better than me",
            ),
            P(
                "01/11/2025, 14:07 - {person_name|Khoa Nguyen}: Hi both! I'm {person_name|Khoa}, her son. Anything urgent you can call me on {vn.phone|0938 260 415}",
            ),
            P(
                "01/11/2025, 14:40 - {person_name|Daniel Whitfield}: Passports for the tạm trú declaration: {person_name|Daniel James Whitfield}, Australian passport {vn.passport|N4837261}, DOB {date_of_birth|14 March 1988}. {person_name|Chloe Anne Whitfield}, passport {vn.passport|E1950374}, DOB {date_of_birth|02/07/1990}. Our e-visa codes are E2510AUSDW4418 and E2510AUSCW4419, entry 30/10 at SGN. Photos attached: IMG-20251101-WA0007.jpg, IMG-20251101-WA0008.jpg",
            ),
            P(
                "01/11/2025, 15:10 - {person_name|Khoa Nguyen}: Done, mom registered online. Address on the form is {vn.address|Căn 12B, tầng 12, tháp T2, chung cư Masteri Thảo Điền, 159 Xa lộ Hà Nội, phường An Khánh, TP. Hồ Chí Minh}. The ward police officer is Đại úy {person_name|Trần Quốc Vinh}, he may come to check, his number {vn.phone|0918 442 637}",
            ),
            P(
                "01/11/2025, 15:14 - {person_name|Hạnh Nguyễn}: Rent 18.000.000đ every month before day 5, transfer to Techcombank {vn.bank_account|19027316548012} {person_name|NGUYEN THI HANH}. Deposit 36.000.000đ you already paid. For the contract notary I need your email. My info for contract: {person_name|Nguyễn Thị Hạnh}, CCCD {vn.cccd|079165008437}, MST cá nhân {vn.tax_code|8031746258} (I pay rental tax myself)",
            ),
            P(
                "01/11/2025, 15:20 - {person_name|Daniel Whitfield}: {email|daniel.whitfield88@gmail.com} 👍 My Vietnamese SIM is {vn.phone|0777 415 382} and my wife's is {vn.phone|0708.264.913}",
            ),
            P(
                "04/11/2025, 08:47 - {person_name|Chloe Whitfield}: Good morning! The aircon in the bedroom is leaking water onto the floor 😩",
            ),
            P(
                "04/11/2025, 09:02 - {person_name|Hạnh Nguyễn}: Thợ máy lạnh anh {person_name|Tâm} {vn.phone|0975 118 402} will come 2pm today, he not speak English so my son will call him",
            ),
            P(
                "12/11/2025, 19:15 - {person_name|Daniel Whitfield}: Internet is super slow tonight, speed test says 4 Mbps. Router is 192.168.1.1, our public IP shows {ip_address|115.78.231.19}. Our Viettel contract is HCM-FTTH-2311478, I called 1800 8119 already",
            ),
            P(
                "20/11/2025, 10:05 - {person_name|Daniel Whitfield}: We bought a second-hand Honda Lead, registered with tạm trú, plate {vn.licence_plate|59-H2 407.51}. Building management (BQL tháp T2, 028 3744 6868, bql.t2@masterithaodien.vn) wants a letter from the owner for the parking card",
            ),
            P(
                "02/12/2025, 21:20 - {person_name|Hạnh Nguyễn}: {person_name|Dan} I received December rent (ref FT25336197045821), thank you ❤️ Parking letter I gave BQL. Electricity November 1.286.400đ, mã khách hàng PE0300128457, pay by app EVN or transfer me same account",
            ),
        ],
    },
];
