//! A seventh set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. The kinds differ from the earlier sets' (a wife's petition
//! to a district court for divorce, custody of the children and division of property, a
//! commune's record of mediating a land boundary dispute between neighbours, a university's
//! list of students exempted from tuition fees with their own bank accounts, a parish's extract
//! from its baptism register with the request slip, a delivery driver's daily log exported from
//! the courier's app, a dental clinic's appointment SMS and e-mail thread, a neighbourhood Zalo
//! group about a lost dog, a found wallet and the water bill, largely without diacritics, and an
//! e-commerce company's notification of a personal-data breach listing affected customers).
//! Every piece of personal data is marked `{detector|value}`, given names used alone after a
//! first mention ("anh Thành", "bà Nụ", "anh Long", "chú Tư", "chi Le") and Zalo display names
//! included; a 12-digit personal ID number given as a personal tax code is marked as a tax code.
//! Left unmarked on purpose: organisation data (the court's, commune's, university's, parish's,
//! courier's, clinic's, law firm's and company's names, tax codes, addresses, hotlines,
//! landlines, e-mails and bank accounts, a customer company's landline in the delivery log),
//! saint names written before a person's name (Têrêsa, Giuse, Maria), places of birth, ages,
//! non-birth dates (marriage, baptism, issue and appointment dates), marriage certificate,
//! birth certificate, land-use certificate, parcel, map-sheet, savings-book, court filing,
//! decision, student, order, waybill, appointment, receipt, transaction, invoice-series and
//! report numbers, a lawyer's card number, a device IMEI, a one-time code, a water-meter
//! customer code, meter readings, masked phone and card numbers, a card expiry date, internal
//! and private IP addresses, Tor exit-node address ranges, software versions, amounts,
//! weights and distances, a dog's name, and streets and schools named after people. A named
//! person's work e-mail is marked; role mailboxes (dpo@, lichhen@, cskh@) are not.

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_7: &[Doc] = &[
    Doc {
        name: "don-khoi-kien-ly-hon",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            P("Độc lập - Tự do - Hạnh phúc"),
            P("Hà Nội, ngày 08 tháng 12 năm 2025"),
            P(
                "ĐƠN KHỞI KIỆN (V/v: Tranh chấp về ly hôn, nuôi con chung và chia tài sản chung khi ly hôn)",
            ),
            P(
                "Kính gửi: TÒA ÁN NHÂN DÂN KHU VỰC 7 - HÀ NỘI (địa chỉ: số 2 Trần Đăng Ninh, phường Cầu Giấy, thành phố Hà Nội)",
            ),
            P(
                "Người khởi kiện: Bà {person_name|PHẠM THỊ HỒNG NHUNG}, sinh ngày {date_of_birth|11/10/1988}; Căn cước công dân số {vn.cccd|001188009374} do Cục Cảnh sát QLHC về TTXH cấp ngày 25/6/2021; nơi cư trú: {vn.address|Căn hộ 1508 tòa N04B, khu đô thị Ngoại Giao Đoàn, phường Xuân Đỉnh, thành phố Hà Nội}; số điện thoại: {vn.phone|0912 608 374}; thư điện tử: {email|nhungpham.ktv@gmail.com}.",
            ),
            P(
                "Người bị kiện: Ông {person_name|VŨ ĐỨC THÀNH}, sinh năm {date_of_birth|1985}; Căn cước công dân số {vn.cccd|036085011620}; nơi đăng ký thường trú: {vn.address|Xóm 6, xã Hải Hậu, tỉnh Ninh Bình}; chỗ ở hiện nay: {vn.address|số 41 ngõ 88 Trần Quý Cáp, phường Văn Miếu - Quốc Tử Giám, thành phố Hà Nội}; số điện thoại: {vn.phone|0983.415.227}; nơi làm việc: Công ty Cổ phần Xây dựng và Thương mại Sông Hồng, mã số thuế 0101537284, địa chỉ 88 Láng Hạ, phường Láng, thành phố Hà Nội, điện thoại 024 3776 2145.",
            ),
            P(
                "Người có quyền lợi, nghĩa vụ liên quan: Bà {person_name|Phạm Thị Lựu}, sinh năm {date_of_birth|1960}, trú tại {vn.address|thôn Đông, xã Thanh Oai, thành phố Hà Nội}, là mẹ đẻ của tôi.",
            ),
            P(
                "Nội dung khởi kiện: Tôi và anh {person_name|Thành} tự nguyện đăng ký kết hôn ngày 20/4/2012 tại Ủy ban nhân dân phường Dịch Vọng, Giấy chứng nhận kết hôn số 46, quyển số 01/2012. Thời gian đầu vợ chồng chung sống hạnh phúc, từ năm 2022 phát sinh mâu thuẫn do chồng tôi thường xuyên uống rượu, không quan tâm đến gia đình. Từ tháng 3/2024 anh ấy bỏ về ở riêng, vợ chồng sống ly thân đến nay. Ngày 14/10/2025 hai bên đã được Tổ hòa giải tổ dân phố số 14 hòa giải nhưng không thành. Nay tôi xác định tình cảm vợ chồng không còn, mục đích hôn nhân không đạt được.",
            ),
            P(
                "Về con chung: vợ chồng có hai con chung là cháu {person_name|Vũ Minh Khôi}, sinh ngày {date_of_birth|02.09.2013}, số định danh cá nhân {vn.cccd|001213024518}, và cháu {person_name|Vũ Hồng Anh}, sinh ngày {date_of_birth|15 tháng 6 năm 2017}, số định danh cá nhân {vn.cccd|001317006925}. Hai cháu đang học tại Trường Tiểu học và THCS Nguyễn Tất Thành và ở cùng tôi. Tôi đề nghị được trực tiếp nuôi cả hai cháu; anh {person_name|Thành} cấp dưỡng nuôi con mỗi cháu 5.000.000 đồng/tháng, chuyển vào tài khoản số {vn.bank_account|0021000418693} tại Vietcombank mang tên {person_name|PHAM THI HONG NHUNG} vào ngày 10 hằng tháng cho đến khi các cháu đủ 18 tuổi. Anh {person_name|Thành} có thu nhập ổn định khoảng 35.000.000 đồng/tháng, đóng bảo hiểm xã hội liên tục từ năm 2009 theo mã số BHXH {vn.social_insurance|0113052847}.",
            ),
            P(
                "Về tài sản chung: (1) Quyền sở hữu căn hộ 1508 tòa N04B nêu trên, Giấy chứng nhận số DA 712458, số vào sổ cấp GCN: CS 03316 do Sở Tài nguyên và Môi trường Hà Nội cấp ngày 17/01/2020 đứng tên hai vợ chồng, trị giá khoảng 4.200.000.000 đồng; (2) Xe ô tô nhãn hiệu Mazda CX-5 màu trắng, biển kiểm soát {vn.licence_plate|30G-517.82}, đứng tên {person_name|Vũ Đức Thành}, trị giá khoảng 650.000.000 đồng; (3) Sổ tiết kiệm số AB 07234189 tại VietinBank chi nhánh Cầu Giấy, số tiền gửi 300.000.000 đồng, đứng tên tôi. Tôi đề nghị được nhận căn hộ và thanh toán phần chênh lệch bằng tiền; anh {person_name|Thành} nhận xe ô tô.",
            ),
            P(
                "Về nợ chung: vợ chồng còn nợ bà {person_name|Lựu} 300.000.000 đồng vay ngày 05/8/2019 để trả tiền mua căn hộ, có giấy vay tiền do cả hai vợ chồng ký. Tôi đề nghị mỗi bên có nghĩa vụ trả một nửa.",
            ),
            P(
                "Người làm chứng: bà {person_name|Nguyễn Thị Sen}, Tổ trưởng tổ dân phố số 14 phường Xuân Đỉnh, điện thoại {vn.phone|0396 214 058}.",
            ),
            P(
                "Người đại diện theo ủy quyền của người khởi kiện: Luật sư {person_name|Trần Hoài Nam}, Công ty Luật TNHH Minh Pháp thuộc Đoàn Luật sư thành phố Hà Nội, thẻ luật sư số 12873/TLS; mã số thuế công ty 0108234561; địa chỉ tầng 5 số 18 Láng Hạ, phường Láng, thành phố Hà Nội; điện thoại 024 3562 8899; email lienhe@minhphaplaw.vn.",
            ),
            P(
                "Danh mục tài liệu, chứng cứ kèm theo đơn: 1. Bản chính Giấy chứng nhận kết hôn số 46; 2. Bản sao Giấy khai sinh của hai cháu (số 112/2013 và số 87/2017); 3. Bản sao căn cước công dân của tôi; 4. Bản sao Giấy chứng nhận quyền sở hữu căn hộ; 5. Biên bản hòa giải không thành ngày 14/10/2025; 6. Xác nhận quá trình đóng BHXH (03 trang).",
            ),
            P("NGƯỜI KHỞI KIỆN (Ký và ghi rõ họ tên) {person_name|Phạm Thị Hồng Nhung}"),
            P(
                "Phần ghi của Tòa án: Đơn nhận trực tiếp ngày 09/12/2025, số vào sổ nhận đơn 1247/2025/NĐ-HNGĐ. Thẩm phán được phân công xem xét đơn: {person_name|Lê Văn Tuấn}. Cán bộ nhận đơn: {person_name|Ngô Thị Hà My}. Điện thoại bộ phận tiếp nhận đơn: 024 3793 1062.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-hoa-giai-tranh-chap-dat-dai",
        parts: &[
            P("ỦY BAN NHÂN DÂN XÃ HOẰNG THANH"),
            P("HỘI ĐỒNG HÒA GIẢI TRANH CHẤP ĐẤT ĐAI"),
            P("Số: 09/BB-HĐHG"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
            P(
                "BIÊN BẢN HÒA GIẢI TRANH CHẤP ĐẤT ĐAI (V/v tranh chấp ranh giới giữa thửa đất số 312 và thửa đất số 313, tờ bản đồ số 11, thôn Phú Khê 2)",
            ),
            P(
                "Hôm nay, vào hồi 14 giờ 00 phút ngày 26 tháng 11 năm 2025, tại Hội trường Ủy ban nhân dân xã Hoằng Thanh (địa chỉ: thôn Phú Khê 1, xã Hoằng Thanh, tỉnh Thanh Hóa; điện thoại 0237 3865 204; email ubndxahoangthanh@thanhhoa.gov.vn), Hội đồng hòa giải tranh chấp đất đai xã được thành lập theo Quyết định số 215/QĐ-UBND ngày 12/11/2025 tiến hành hòa giải tranh chấp đất đai giữa các bên dưới đây.",
            ),
            P("I. THÀNH PHẦN HỘI ĐỒNG HÒA GIẢI"),
            T(&[
                &["STT", "Họ và tên", "Chức vụ", "Vai trò trong Hội đồng"],
                &[
                    "1",
                    "{person_name|Nguyễn Hữu Thịnh}",
                    "Phó Chủ tịch UBND xã",
                    "Chủ tịch Hội đồng",
                ],
                &[
                    "2",
                    "{person_name|Trịnh Thị Hằng}",
                    "Chủ tịch Ủy ban MTTQ Việt Nam xã",
                    "Thành viên",
                ],
                &[
                    "3",
                    "{person_name|Lê Quang Vinh}",
                    "Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường",
                    "Thành viên, thư ký",
                ],
                &[
                    "4",
                    "{person_name|Lê Văn Sáu}",
                    "Trưởng thôn Phú Khê 2",
                    "Thành viên",
                ],
            ]),
            P("II. CÁC BÊN TRANH CHẤP VÀ NGƯỜI LÀM CHỨNG"),
            P(
                "1. Bên yêu cầu hòa giải: Ông {person_name|LÊ VĂN TỨ}, sinh năm {date_of_birth|1958}, CMND số {vn.cmnd|171245863} do Công an tỉnh Thanh Hóa cấp ngày 14/7/2008; nơi cư trú: {vn.address|thôn Phú Khê 2, xã Hoằng Thanh, tỉnh Thanh Hóa}; điện thoại: {vn.phone|0373 512 689}.",
            ),
            P(
                "2. Bên bị yêu cầu: Bà {person_name|HOÀNG THỊ NỤ}, sinh ngày {date_of_birth|20-11-1961}, CCCD số {vn.cccd|038161007214} cấp ngày 09/5/2021; nơi cư trú: {vn.address|Xóm Giữa, thôn Phú Khê 2, xã Hoằng Thanh, tỉnh Thanh Hóa}. Bà {person_name|Nụ} ủy quyền cho con trai là anh {person_name|Lê Đình Mạnh}, sinh ngày {date_of_birth|7/2/1989}, CCCD số {vn.cccd|038089015532}, điện thoại {vn.phone|0868 240 193}, tham gia hòa giải theo Giấy ủy quyền ngày 20/11/2025 có chứng thực của UBND xã.",
            ),
            P(
                "3. Người làm chứng: Ông {person_name|Đỗ Văn Bình}, 74 tuổi, CMND số {vn.cmnd|170984536}, hộ liền kề phía Tây của thửa đất số 312.",
            ),
            P("III. NỘI DUNG HÒA GIẢI"),
            P(
                "Thửa đất số 312, tờ bản đồ số 11 (bản đồ địa chính xã lập năm 2004), diện tích 486,5 m2, gồm 200 m2 đất ở tại nông thôn và 286,5 m2 đất trồng cây lâu năm, Giấy chứng nhận quyền sử dụng đất số AK 736281, số vào sổ H01427 do UBND huyện Hoằng Hóa cấp ngày 05/3/2007 cho hộ ông {person_name|Lê Văn Tứ}; giáp ranh phía Đông là thửa đất số 313, diện tích 512 m2, Giấy chứng nhận số AK 736290 cấp cho hộ bà {person_name|Hoàng Thị Nụ}.",
            ),
            P(
                "Ý kiến của ông {person_name|Tứ}: Tháng 4/2024 gia đình bên kia xây tường rào bằng gạch bê tông dài 18 m lấn sang đất nhà tôi khoảng 0,6 m, diện tích lấn chiếm khoảng 10,8 m2. Mốc giới cũ là hàng dâm bụt do bố tôi là cụ {person_name|Lê Văn Khoát} trồng từ năm 1985. Đề nghị tháo dỡ phần tường lấn chiếm.",
            ),
            P(
                "Ý kiến của anh {person_name|Mạnh}: Gia đình tôi xây tường đúng vị trí cột bê tông hai nhà cùng cắm năm 2015, không lấn đất. Tuy nhiên để giữ tình làng nghĩa xóm, gia đình đồng ý để Hội đồng đo đạc lại.",
            ),
            P(
                "Ý kiến người làm chứng ông {person_name|Bình}: Hàng dâm bụt cũ nằm cách chân tường hiện nay khoảng nửa mét về phía nhà bà {person_name|Nụ}, tôi thấy từ trước khi xây tường.",
            ),
            P(
                "Kết quả đo đạc của công chức địa chính ngày 24/11/2025 bằng máy RTK Hi-Target V90 (hệ tọa độ VN-2000, kinh tuyến trục 105°00'): phần tường lấn sang thửa số 312 rộng từ 0,35 m đến 0,42 m, dài 18,2 m, diện tích lấn 7,1 m2.",
            ),
            P(
                "IV. KẾT QUẢ HÒA GIẢI: Hòa giải thành. Các bên thống nhất: (1) Anh {person_name|Mạnh} thay mặt gia đình tự tháo dỡ và xây lại tường rào lùi về phía thửa số 313 theo mốc giới do Hội đồng cắm, hoàn thành trước ngày 31/01/2026; (2) Ông {person_name|Tứ} hỗ trợ 50% chi phí xây lại, tạm tính 12.000.000 đồng, chuyển vào tài khoản số {vn.bank_account|3504205318764} mang tên {person_name|LE DINH MANH} tại Agribank chi nhánh Hoằng Hóa; (3) Sau khi hoàn thành, hai bên cùng làm thủ tục chỉnh lý biến động tại Văn phòng Đăng ký đất đai chi nhánh Hoằng Hóa (điện thoại 0237 3866 017).",
            ),
            P(
                "Biên bản lập thành 05 bản có giá trị như nhau, mỗi bên giữ 01 bản, 01 bản gửi Văn phòng Đăng ký đất đai, 02 bản lưu UBND xã. Biên bản đã đọc lại cho các bên cùng nghe, các bên nhất trí ký tên. Cuộc hòa giải kết thúc hồi 16 giờ 20 phút cùng ngày.",
            ),
            T(&[
                &[
                    "BÊN YÊU CẦU",
                    "NGƯỜI ĐƯỢC ỦY QUYỀN CỦA BÊN BỊ YÊU CẦU",
                    "NGƯỜI LÀM CHỨNG",
                    "THƯ KÝ",
                    "CHỦ TỊCH HỘI ĐỒNG",
                ],
                &[
                    "{person_name|Lê Văn Tứ}",
                    "{person_name|Lê Đình Mạnh}",
                    "{person_name|Đỗ Văn Bình}",
                    "{person_name|Lê Quang Vinh}",
                    "{person_name|Nguyễn Hữu Thịnh}",
                ],
            ]),
        ],
    },
    Doc {
        name: "danh-sach-mien-giam-hoc-phi",
        parts: &[
            P("ĐẠI HỌC HUẾ"),
            P("TRƯỜNG ĐẠI HỌC NÔNG LÂM"),
            P(
                "Địa chỉ: 102 Phùng Hưng, phường Thuận Hóa, thành phố Huế - Điện thoại: 0234 3522 535 - Email: phongctsv@huaf.edu.vn - Mã số thuế: 3300102847",
            ),
            P("DANH SÁCH SINH VIÊN ĐƯỢC MIỄN, GIẢM HỌC PHÍ HỌC KỲ I NĂM HỌC 2025-2026"),
            P(
                "(Kèm theo Quyết định số 1520/QĐ-ĐHNL ngày 28/10/2025 của Hiệu trưởng Trường Đại học Nông Lâm, Đại học Huế)",
            ),
            P(
                "Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 và Nghị định số 97/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; căn cứ kết quả xét duyệt hồ sơ của Hội đồng xét miễn, giảm học phí ngày 21/10/2025. Mức học phí học kỳ I: 7.850.000 đồng/sinh viên. Tiền miễn, giảm học phí được chuyển khoản vào tài khoản cá nhân của sinh viên trước ngày 15/12/2025.",
            ),
            T(&[
                &[
                    "STT",
                    "Mã SV",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số CCCD",
                    "Lớp",
                    "Hộ khẩu thường trú",
                    "Đối tượng",
                    "Mức miễn, giảm",
                    "Số tiền (đồng)",
                    "Số tài khoản sinh viên",
                ],
                &[
                    "1",
                    "22L1011045",
                    "{person_name|Hồ Văn Kiên}",
                    "{date_of_birth|12/03/2004}",
                    "{vn.cccd|046204001873}",
                    "Khoa học cây trồng K56",
                    "{vn.address|Thôn A Đớt, xã A Lưới 5, thành phố Huế}",
                    "Sinh viên người dân tộc thiểu số thuộc hộ nghèo",
                    "100%",
                    "7.850.000",
                    "{vn.bank_account|4004205162837} (Agribank)",
                ],
                &[
                    "2",
                    "23L3021187",
                    "{person_name|NGUYỄN THỊ THANH TÂM}",
                    "{date_of_birth|19/7/2005}",
                    "{vn.cccd|044305006129}",
                    "Kinh tế nông nghiệp K57",
                    "{vn.address|Thôn Tân Sơn, xã Tuyên Hóa, tỉnh Quảng Trị}",
                    "Con của thương binh",
                    "100%",
                    "7.850.000",
                    "{vn.bank_account|4010205387120} (Agribank)",
                ],
                &[
                    "3",
                    "22L2031409",
                    "{person_name|Lê Phước Thịnh}",
                    "{date_of_birth|03/01/2004}",
                    "{vn.cccd|049204011256}",
                    "Lâm học K56",
                    "{vn.address|Tổ 3, thôn Trà Kót, xã Trà My, thành phố Đà Nẵng}",
                    "Sinh viên mồ côi cả cha lẫn mẹ",
                    "100%",
                    "7.850.000",
                    "{vn.bank_account|55110000392817} (BIDV)",
                ],
                &[
                    "4",
                    "24L1051033",
                    "{person_name|H'Linh Niê}",
                    "{date_of_birth|05/11/2006}",
                    "{vn.cccd|066306004417}",
                    "Chăn nuôi thú y K58",
                    "{vn.address|Buôn Ko Tam, xã Hòa Phú, tỉnh Đắk Lắk}",
                    "Sinh viên người dân tộc thiểu số thuộc hộ cận nghèo",
                    "70%",
                    "5.495.000",
                    "{vn.bank_account|62110000847213} (BIDV)",
                ],
                &[
                    "5",
                    "23L4012260",
                    "{person_name|Trần Văn Quý}",
                    "{date_of_birth|08/8/2005}",
                    "{vn.cccd|045205003948}",
                    "Công nghệ thực phẩm K57",
                    "{vn.address|Thôn Hà Thanh, xã Gio Linh, tỉnh Quảng Trị}",
                    "Con của người bị tai nạn lao động hưởng trợ cấp thường xuyên",
                    "50%",
                    "3.925.000",
                    "{vn.bank_account|4006205219574} (Agribank)",
                ],
                &[
                    "6",
                    "22L1032071",
                    "{person_name|Phan Thị Diệu Hiền}",
                    "{date_of_birth|27/11/2004}",
                    "{vn.cccd|046304009381}",
                    "Khoa học cây trồng K56",
                    "{vn.address|Kiệt 14 Chế Lan Viên, phường Thủy Xuân, thành phố Huế}",
                    "Sinh viên khuyết tật",
                    "100%",
                    "7.850.000",
                    "{vn.bank_account|55110000518264} (BIDV)",
                ],
            ]),
            P(
                "Tổng cộng: 06 sinh viên; tổng số tiền miễn, giảm: 40.820.000 đồng (Bằng chữ: Bốn mươi triệu tám trăm hai mươi nghìn đồng).",
            ),
            P(
                "Ghi chú: Sinh viên số thứ tự 5 bổ sung bản sao Giấy chứng nhận hưởng trợ cấp tai nạn lao động của cha là ông {person_name|Trần Văn Lợi} trước ngày 30/11/2025; nếu quá hạn, khoản giảm học phí được chuyển sang học kỳ II. Mọi thắc mắc liên hệ cô {person_name|Nguyễn Thị Bích Ngọc}, chuyên viên Phòng Công tác sinh viên, điện thoại 0234 3522 535 (máy lẻ 214) hoặc email phongctsv@huaf.edu.vn.",
            ),
            P("Huế, ngày 28 tháng 10 năm 2025"),
            T(&[
                &[
                    "NGƯỜI LẬP BIỂU",
                    "TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN",
                    "KT. HIỆU TRƯỞNG - PHÓ HIỆU TRƯỞNG",
                ],
                &[
                    "{person_name|Nguyễn Thị Bích Ngọc}",
                    "ThS. {person_name|Trương Quang Hào}",
                    "PGS.TS. {person_name|Lê Đình Hường}",
                ],
            ]),
        ],
    },
    Doc {
        name: "trich-luc-so-rua-toi",
        parts: &[
            P("GIÁO PHẬN BÙI CHU"),
            P(
                "GIÁO XỨ KIÊN LAO - Địa chỉ: xã Xuân Trường, tỉnh Ninh Bình - Điện thoại văn phòng giáo xứ: 0228 3886 214 - Email: vanphong.giaoxukienlao@gmail.com",
            ),
            P("TRÍCH LỤC SỔ RỬA TỘI (Extractum e Libro Baptizatorum)"),
            P("Sổ Rửa tội năm 1996, quyển số 02, trang 41, số thứ tự 118"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Tên thánh", "Têrêsa"],
                &["Họ và tên", "{person_name|PHẠM THỊ THU TRANG}"],
                &["Ngày sinh", "{date_of_birth|14/02/1996}"],
                &[
                    "Nơi sinh",
                    "Trạm y tế xã Xuân Ngọc, huyện Xuân Trường, tỉnh Nam Định",
                ],
                &["Tên cha", "Giuse {person_name|Phạm Văn Lộc}"],
                &["Tên mẹ", "Maria {person_name|Vũ Thị Nhàn}"],
                &[
                    "Cư ngụ tại",
                    "{vn.address|Xóm 5, xã Xuân Ngọc, huyện Xuân Trường, tỉnh Nam Định}",
                ],
                &["Ngày Rửa tội", "25/02/1996"],
                &["Nơi Rửa tội", "Nhà thờ giáo xứ Kiên Lao"],
                &["Người Rửa tội", "Lm. Phêrô {person_name|Nguyễn Văn Viện}"],
                &["Người đỡ đầu", "Anna {person_name|Phạm Thị Huệ}"],
            ]),
            P(
                "GHI CHÚ BÊN LỀ: Đã Rước lễ lần đầu ngày 30/5/2004 tại nhà thờ giáo xứ Kiên Lao. Đã lãnh bí tích Thêm sức ngày 22/6/2008 do Đức Giám mục Giuse {person_name|Vũ Đình Thục} ban, người đỡ đầu Thêm sức: Maria {person_name|Đặng Thị Mến}. Chưa ghi nhận Hôn phối.",
            ),
            P(
                "Trích lục này được cấp theo yêu cầu của đương sự để làm hồ sơ Hôn phối với anh Phêrô {person_name|Đinh Công Hậu}, sinh ngày {date_of_birth|3 tháng 9 năm 1993}, thuộc giáo xứ Thái Hà, Tổng giáo phận Hà Nội, hiện làm việc tại Nhật Bản, hộ chiếu số {vn.passport|C6204815}. Dự định cử hành Hôn phối ngày 17/01/2026 tại nhà thờ Thái Hà. Xin các cha xứ Thái Hà rao hôn phối ba lần theo giáo luật.",
            ),
            P(
                "Kiên Lao, ngày 02 tháng 12 năm 2025. Chánh xứ (ký tên, đóng dấu): Lm. Đaminh {person_name|Trần Minh Khang}",
            ),
            P(
                "Thư ký giáo xứ: {person_name|Vũ Thị Hương Giang}, ĐT {vn.phone|0915 372 608} (liên hệ giờ hành chính, trừ thứ Hai).",
            ),
            P("PHIẾU XIN TRÍCH LỤC (lưu tại văn phòng giáo xứ)"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Người xin",
                    "{person_name|Phạm Thị Thu Trang} (tên thánh Têrêsa)",
                ],
                &["Số CCCD", "{vn.cccd|036196004852}"],
                &[
                    "Địa chỉ hiện tại",
                    "{vn.address|Phòng 302, nhà B, ngõ 167 Tây Sơn, phường Đống Đa, thành phố Hà Nội}",
                ],
                &["Điện thoại", "{vn.phone|+84 936 518 047}"],
                &["Email", "{email|thutrang.pham96@gmail.com}"],
                &[
                    "Mục đích",
                    "Làm hồ sơ Hôn phối, nộp văn phòng giáo xứ Thái Hà",
                ],
                &["Công đức", "50.000 đồng"],
                &[
                    "Người nhận hộ",
                    "Bố đẻ, ông {person_name|Phạm Văn Lộc}, CMND số {vn.cmnd|162104587}",
                ],
            ]),
        ],
    },
    Doc {
        name: "nhat-ky-giao-hang-tai-xe",
        parts: &[
            P("CÔNG TY CỔ PHẦN GIAO HÀNG NHANH NAM VIỆT - Bưu cục Thủ Đức 3"),
            P(
                "Mã số thuế: 0316829457 | Địa chỉ bưu cục: 18 Đường số 6, phường Linh Xuân, TP. Hồ Chí Minh | Hotline: 1900 636 792 | Tổng đài khiếu nại: (028) 7300 8264 | cskh@namvietexpress.vn",
            ),
            P(
                "NHẬT KÝ GIAO HÀNG TRONG NGÀY - Ngày 04/12/2025 - Ca sáng + chiều - Tuyến TD3-07 (Linh Xuân, Hiệp Bình, Tam Bình) - Xuất từ ứng dụng NV Driver 4.8.2 lúc 18:40",
            ),
            T(&[
                &["Nội dung", "Thông tin tài xế"],
                &["Họ tên tài xế", "{person_name|TRƯƠNG VĂN HIẾU}"],
                &["Mã nhân viên", "NV-TD3-0412"],
                &["Ngày sinh", "{date_of_birth|1996-05-23}"],
                &["Số CCCD", "{vn.cccd|087096013528}"],
                &["Mã số thuế cá nhân", "{vn.tax_code|8506192847}"],
                &["Mã số BHXH", "{vn.social_insurance|8722049163}"],
                &["GPLX hạng A1 số", "{vn.driving_licence|870215038462}"],
                &["Biển số xe", "{vn.licence_plate|59-T3 156.82}"],
                &["Số điện thoại", "{vn.phone|0778 316 925}"],
                &["Thiết bị", "PDA Honeywell EDA52, IMEI 356789104523871"],
            ]),
            T(&[
                &[
                    "STT",
                    "Mã vận đơn",
                    "Người nhận",
                    "Điện thoại",
                    "Địa chỉ giao",
                    "COD (đ)",
                    "KL (kg)",
                    "Trạng thái",
                    "Ghi chú của tài xế",
                ],
                &[
                    "1",
                    "NV2512040018734",
                    "{person_name|Đặng Thị Yến Nhi}",
                    "{vn.phone|0359 172 648}",
                    "{vn.address|12/4 đường số 9, phường Linh Xuân, TP. HCM}",
                    "385.000",
                    "0,8",
                    "Giao thành công 08:42",
                    "Khách nhận, trả tiền mặt",
                ],
                &[
                    "2",
                    "NV2512040018802",
                    "{person_name|Nguyễn Tấn Phát}",
                    "{vn.phone|0901.562.384}",
                    "{vn.address|Phòng 1204 block B chung cư 4S Riverside, đường số 17, phường Hiệp Bình, TP. Hồ Chí Minh}",
                    "1.250.000",
                    "2,3",
                    "Giao thành công 09:15",
                    "Khách đi làm, bảo vệ tòa nhà anh {person_name|Tài} nhận hộ; khách đã chuyển khoản COD qua app",
                ],
                &[
                    "3",
                    "NV2512040019011",
                    "Công ty TNHH In Ấn Sao Mai - P. Kế toán",
                    "028 3896 7715",
                    "Lô E2, KCX Linh Trung 1, phường Linh Xuân, TP. HCM",
                    "0",
                    "5,6",
                    "Giao thành công 10:02",
                    "Ký nhận: {person_name|Lê Thị Kim Oanh}, kế toán",
                ],
                &[
                    "4",
                    "NV2512040019254",
                    "{person_name|Hứa Minh Quân}",
                    "{vn.phone|0387 045 219}",
                    "{vn.address|Ký túc xá ĐHQG khu B, tòa E3 phòng 415, phường Đông Hòa, TP. Hồ Chí Minh}",
                    "149.000",
                    "0,4",
                    "Hẹn lại",
                    "SV đi học, hẹn giao sau 17h",
                ],
                &[
                    "5",
                    "NV2512040019320",
                    "{person_name|Võ Văn Bảy} (chú {person_name|Bảy})",
                    "{vn.phone|0918 243 657}",
                    "{vn.address|45 hẻm 102 Tô Ngọc Vân, phường Tam Bình, TP. Hồ Chí Minh}",
                    "2.870.000",
                    "12,0",
                    "Giao thành công 14:30",
                    "Hàng cồng kềnh (máy lọc nước), khách CK vào TK công ty",
                ],
                &[
                    "6",
                    "NV2512040019477",
                    "{person_name|Trần Ngọc Bảo Hân}",
                    "{vn.phone|+84 977 430 851}",
                    "{vn.address|08 đường số 11, khu phố 4, phường Linh Xuân, TP. Hồ Chí Minh}",
                    "0 (đã thanh toán)",
                    "1,1",
                    "Thất bại lần 3 - chuyển hoàn",
                    "Gọi 3 lần thuê bao, SĐT phụ trên đơn 09******21 cũng không nghe",
                ],
                &[
                    "7",
                    "NV2512040019502",
                    "{person_name|Bùi Quang Vinh}",
                    "{vn.phone|0394-581-276}",
                    "{vn.address|Số 7 ngõ 3 đường Kha Vạn Cân, phường Linh Xuân, TP. Hồ Chí Minh}",
                    "560.000",
                    "0,9",
                    "Giao thành công 16:48",
                    "Vợ khách là chị {person_name|Hoa} ký nhận thay",
                ],
            ]),
            P(
                "Tổng kết ca: 7 đơn; thành công 5; hẹn lại 1; chuyển hoàn 1. Tổng COD thu tiền mặt: 945.000 đồng (đơn 1 và đơn 7), đã nộp quầy thu ngân bưu cục lúc 18:05, phiếu thu PT-TD3-251204-0093. Quãng đường theo GPS: 63,4 km. Phụ cấp xăng 60.000 đồng chuyển vào tài khoản cá nhân của tài xế số {vn.bank_account|19036528417019} tại Techcombank.",
            ),
            P(
                "Bổ sung sau khi chốt ca: đơn NV2512040019254 - khách {person_name|Hứa Minh Quân} nhắn qua app lúc 17:20 \"anh giao giúp em tới cổng B ký túc xá, em ra lấy\", tài xế đã giao lúc 18:30. Điều phối viên ca: {person_name|Phạm Nhật Linh}, nội bộ máy lẻ 305.",
            ),
        ],
    },
    Doc {
        name: "nha-khoa-tin-nhan-email-lich-hen",
        parts: &[
            P("NHA KHOA SÀI GÒN SMILE - Hệ thống chăm sóc răng miệng"),
            P(
                "Công ty TNHH Nha khoa Sài Gòn Smile - MST: 0314958206 - Cơ sở 2: 256 Nguyễn Thị Minh Khai, phường Xuân Hòa, TP. Hồ Chí Minh - Hotline: 1900 6899 12 - ĐT: (028) 3930 2618 - Email: lichhen@saigonsmile.vn - Giấy phép hoạt động số 04125/HCM-GPHĐ",
            ),
            P("TIN NHẮN SMS (brandname NHAKHOA-SGS)"),
            P(
                "[SMS 01/12/2025 10:15] NHAKHOA-SGS: Nha khoa Sai Gon Smile xac nhan lich hen cua KH {person_name|NGUYEN HOANG LONG} luc 09:30 ngay 06/12/2025 tai CS2 - 256 Nguyen Thi Minh Khai voi BS {person_name|Tran Minh Duc}. Ma lich hen LH251206-0142. Doi/huy lich vui long goi 1900689912. Tran trong.",
            ),
            P(
                "[SMS 01/12/2025 10:16] NHAKHOA-SGS: Ma OTP xac thuc ho so cua quy khach la 482915, hieu luc 5 phut. Khong chia se ma nay cho bat ky ai.",
            ),
            P(
                "[SMS 05/12/2025 17:00] NHAKHOA-SGS: Nhac lich: KH {person_name|NGUYEN HOANG LONG} co lich cao voi rang + tram rang so 36 luc 09:30 ngay mai 06/12/2025. Vui long den truoc 10 phut.",
            ),
            P("THƯ ĐIỆN TỬ"),
            P(
                "From: {person_name|Long Nguyễn} <{email|longnh.arch@gmail.com}> | To: lichhen@saigonsmile.vn | Date: Fri, 05 Dec 2025 21:47:12 +0700 | Subject: Doi lich hen LH251206-0142 + dat them lich cho con",
            ),
            P(
                "Chào phòng khám, mình là {person_name|Nguyễn Hoàng Long} (SĐT {vn.phone|0907 418 263}, sinh ngày {date_of_birth|21/08/1987}). Sáng mai mình bận họp đột xuất nên muốn dời lịch sang chiều thứ Hai 08/12. Tiện thể đặt thêm lịch khám cho con trai mình là bé {person_name|Nguyễn Hoàng Bảo Nam}, sinh ngày {date_of_birth|09/3/2018}, bé bị sâu răng hàm, hay ê buốt khi ăn đồ lạnh. Thẻ BHYT của bé số {vn.health_insurance_card|HS4797921583047}, không biết phòng khám có áp dụng không? Nếu mình không đến được thì vợ mình là {person_name|Đỗ Thùy Linh}, SĐT {vn.phone|0934.662.159}, sẽ đưa bé đi. Cảm ơn!",
            ),
            P(
                "From: Nha khoa Sài Gòn Smile <lichhen@saigonsmile.vn> | To: {email|longnh.arch@gmail.com} | Date: Sat, 06 Dec 2025 08:05:33 +0700 | Subject: RE: Doi lich hen LH251206-0142 + dat them lich cho con",
            ),
            P(
                "Dạ chào anh {person_name|Long}, em là {person_name|Thảo Vy} - lễ tân cơ sở 2. Em đã dời lịch của anh sang 14:00 thứ Hai 08/12/2025 với bác sĩ {person_name|Trần Minh Đức} (mã lịch mới LH251208-0077). Lịch của bé {person_name|Bảo Nam} em xếp 15:00 cùng ngày với bác sĩ {person_name|Lâm Ngọc Quỳnh Như}, chuyên khoa răng trẻ em. Dạ phòng khám là cơ sở tư nhân nên chưa áp dụng BHYT, anh thông cảm ạ. Để giữ lịch giờ cao điểm, anh vui lòng đặt cọc 200.000đ vào tài khoản công ty số 0071001958423 Vietcombank CN Sài Gòn, nội dung LH251208-0077. Anh cần xuất hóa đơn thì gửi em thông tin mã số thuế cá nhân nhé.",
            ),
            P(
                "From: {person_name|Long Nguyễn} <{email|longnh.arch@gmail.com}> | To: lichhen@saigonsmile.vn | Date: Sat, 06 Dec 2025 09:12:40 +0700 | Subject: RE: RE: Doi lich hen LH251206-0142 + dat them lich cho con",
            ),
            P(
                "Ok em. Anh thanh toán cọc bằng thẻ cho nhanh nhé: thẻ Visa {payment_card|4356 2109 8712 0463}, hết hạn 09/28, tên in trên thẻ {person_name|NGUYEN HOANG LONG}. Hóa đơn xuất cho cá nhân: {person_name|Nguyễn Hoàng Long}, MST {vn.tax_code|8041527368}, địa chỉ {vn.address|Căn hộ A-12.05 chung cư The Sun Avenue, 28 Mai Chí Thọ, phường Bình Trưng, TP. Hồ Chí Minh}, email nhận hóa đơn vẫn là {email|longnh.arch@gmail.com}.",
            ),
            P(
                "From: Nha khoa Sài Gòn Smile <lichhen@saigonsmile.vn> | Date: Sat, 06 Dec 2025 09:40:02 +0700 | Subject: RE: RE: RE: Doi lich hen LH251206-0142 + dat them lich cho con",
            ),
            P(
                "Dạ anh {person_name|Long}, vì lý do bảo mật anh vui lòng KHÔNG gửi số thẻ qua email ạ. Em đã ẩn thông tin thẻ trong hệ thống (**** **** **** 0463) và gửi anh đường dẫn thanh toán an toàn qua cổng OnePay: https://pay.saigonsmile.vn/lh/LH251208-0077. Hóa đơn điện tử ký hiệu 1C25TSG sẽ gửi sau buổi điều trị. Trân trọng, {person_name|Thảo Vy} - Lễ tân CS2 - ĐT (028) 3930 2618 máy lẻ 12.",
            ),
            P(
                "[SMS 08/12/2025 16:20] NHAKHOA-SGS: Cam on KH {person_name|NGUYEN HOANG BAO NAM} da dieu tri tai Sai Gon Smile. Lich tai kham: 22/12/2025 15:00. Tong chi phi: 1.450.000d. Danh gia dich vu tai sgsmile.vn/dg",
            ),
        ],
    },
    Doc {
        name: "zalo-nhom-cu-dan-hem",
        parts: &[
            P("Nhóm Zalo: CƯ DÂN HẺM 84 BÀ HOM - KP5 (126 thành viên)"),
            P("Xuất tin nhắn từ 29/11/2025 đến 01/12/2025"),
            P(
                "[29/11 06:52] {person_name|Điệp Trần}: Ca nha oi, em bi lac con cho Poodle mau nau ten Bong, deo vong co do co chuong, tu toi qua khoang 21h. Ai thay nhan giup em so {vn.phone|0939 214 857}, nha em o {vn.address|84/17 Ba Hom, P. Phu Lam, TP HCM}. Em xin hau ta 2 trieu a 🙏",
            ),
            P(
                "[29/11 07:05] {person_name|Lâm Văn Tư}: Toi qua chu thay con cho long nau chay ra huong cho Phu Lam, co thang nho chay xe SH bien {vn.licence_plate|59-K1 207.36} dung lai ngo ngo no mot hoi roi di",
            ),
            P(
                "[29/11 07:11] {person_name|Điệp Trần}: Dạ con cảm ơn chú {person_name|Tư} nhiều, để con ra chợ hỏi thử",
            ),
            P(
                "[29/11 09:30] {person_name|Huỳnh Thị Kim Loan}: Thông báo tiền nước tháng 11/2025 của đồng hồ tổng dãy trọ (danh bộ 1325 4408 172, Công ty CP Cấp nước Chợ Lớn) là 3.486.500đ, chia theo đồng hồ con từng phòng. Các phòng chuyển về tài khoản {vn.bank_account|0531002468135} Vietcombank - {person_name|HUYNH THI KIM LOAN}, nội dung: so phong + thang 11. Hạn chót 05/12. Thắc mắc gọi tổng đài cấp nước 1900 6489 hoặc gọi cô {person_name|Loan} {vn.phone|0902 337 615}.",
            ),
            P(
                "[29/11 09:41] {person_name|Pham Quoc Bao}: co oi thang nay phong con xai 9 khoi ma tinh 15 khoi la sao vay co, chi so cu 1204 chi so moi 1213 ma",
            ),
            P(
                "[29/11 09:55] {person_name|Huỳnh Thị Kim Loan}: {person_name|Bảo} ơi đồng hồ phòng con bị kẹt nên bên nước tính bình quân 3 tháng, để cô báo lại. Ai cần hóa đơn đỏ thì gửi cô tên + MST nha.",
            ),
            P(
                "[29/11 10:02] {person_name|Pham Quoc Bao}: da co. hoa don ghi ten con {person_name|Pham Quoc Bao}, MST (so dinh danh ca nhan) {vn.tax_code|079203015846}, email {email|quocbao.pham2k3@gmail.com} nha co",
            ),
            P(
                "[29/11 13:18] {person_name|Nguyễn Văn Hùng}: Ai làm rơi cái ví da màu đen ở đầu hẻm, trong có CCCD tên {person_name|NGUYỄN THỊ MỸ LỆ}, số {vn.cccd|080189003164}, bằng lái xe số {vn.driving_licence|800189047325}, thẻ BHYT {vn.health_insurance_card|GD4797912836401} và ít tiền lẻ. Tôi để ở quán cà phê đầu hẻm, ai quen báo giúp.",
            ),
            P(
                "[29/11 13:25] {person_name|Đặng Minh Trí}: chi {person_name|Le} o day tro nha co {person_name|Loan} do chu, phong so 6, de em nhan chi ay",
            ),
            P(
                "[29/11 14:02] {person_name|Nguyễn Thị Mỹ Lệ}: Dạ ví của em, em cảm ơn anh {person_name|Hùng} nhiều, chiều em qua lấy ạ.",
            ),
            P(
                "[30/11 19:47] {person_name|Điệp Trần}: Moi nguoi oi tim duoc be Bong roi!!! Ban {person_name|Truc} ben hem 102 nhan nuoi gium tu toi qua, em da gui tien cam on vao tk cua ban ay {vn.bank_account|104869302571} Vietinbank. Cam on ca nha nhieu 😍",
            ),
            P(
                "[30/11 20:15] {person_name|Lâm Văn Tư}: Vay la mung roi. Nhan tien nhac, toi nay cong an phuong di kiem tra tam tru, phong nao co nguoi moi o chua khai bao thi khai qua VNeID hoac goi canh sat khu vuc anh {person_name|Khoa} so {vn.phone|0983 670 412}",
            ),
            P(
                "[01/12 08:10] {person_name|Huỳnh Thị Kim Loan}: Cô đã nhận tiền nước 14/18 phòng. Còn phòng 3, 7, 11, 16 chưa đóng nha. Wifi tháng 12 đổi pass mới: hem84@2025, modem vào 192.168.1.1",
            ),
            P(
                "[01/12 08:32] {person_name|Quách Gia Huy}: co oi phong 11 em chuyen roi ma, MB Bank tu tk {vn.bank_account|0360127745881}, ma giao dich FT25335812647903, so tien 193.700d luc 21:04 ngay 30/11 a",
            ),
        ],
    },
    Doc {
        name: "thong-bao-vi-pham-du-lieu-ca-nhan",
        parts: &[
            P("CÔNG TY CỔ PHẦN THƯƠNG MẠI ĐIỆN TỬ MUA SẮM XANH (GREENCART)"),
            P(
                "Mã số thuế: 0109385726 - Trụ sở: Tầng 12, tòa nhà Capital Tower, 109 Trần Hưng Đạo, phường Cửa Nam, thành phố Hà Nội - Điện thoại: 024 7108 6688 - Hotline CSKH: 1900 3126 - Email bảo vệ dữ liệu: dpo@greencart.vn",
            ),
            P("Số: 27/2025/BC-GC                    Hà Nội, ngày 03 tháng 12 năm 2025"),
            P(
                "THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN (theo Mẫu số 03 ban hành kèm theo Nghị định số 13/2023/NĐ-CP)",
            ),
            P(
                "Kính gửi: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) - Bộ Công an",
            ),
            P(
                "1. Mô tả vi phạm: Lúc 02 giờ 14 phút ngày 01/12/2025, hệ thống giám sát SIEM (Wazuh 4.7.3) ghi nhận truy vấn bất thường tới máy chủ cơ sở dữ liệu đơn hàng db-order-02 (địa chỉ nội bộ 10.16.8.22) qua một API quản trị cũ (/api/v1/admin/export) chưa được gỡ bỏ sau đợt nâng cấp nền tảng lên phiên bản 3.2.0. Đối tượng tấn công sử dụng khóa API bị lộ trên kho mã nội bộ, kết nối từ các địa chỉ thuộc dải 185.220.101.0/24 (nút thoát mạng Tor). Trong khoảng 02:14 - 03:06, 18.412 bản ghi khách hàng bị trích xuất, gồm họ tên, số điện thoại, email, ngày sinh, địa chỉ giao hàng, địa chỉ IP đăng nhập gần nhất; riêng 1.207 khách hàng bị lộ số thẻ thanh toán do lỗi cấu hình token hóa.",
            ),
            P(
                "2. Thông tin liên hệ: Người phụ trách bảo vệ dữ liệu cá nhân: ông {person_name|Đoàn Minh Khải}, Giám đốc An toàn thông tin, điện thoại di động {vn.phone|0904 862 517}, email {email|khai.doanminh@greencart.vn}; đầu mối kỹ thuật: bà {person_name|Lý Thu Hằng}, Trưởng nhóm vận hành hệ thống, điện thoại {vn.phone|0336 907 124}.",
            ),
            P(
                "3. Loại dữ liệu và số lượng chủ thể bị ảnh hưởng: 18.412 khách hàng, trong đó 1.207 khách hàng bị lộ số thẻ. Danh sách trích dưới đây gồm các khách hàng đã được thông báo trực tiếp và có khiếu nại bằng văn bản (danh sách đầy đủ tại Phụ lục 01, tệp GC-BC27-PL01.xlsx, mã băm SHA-256 9f2c41d7…e41a).",
            ),
            T(&[
                &[
                    "STT",
                    "Mã KH",
                    "Họ tên",
                    "Ngày sinh",
                    "Điện thoại",
                    "Email",
                    "Địa chỉ giao hàng",
                    "Số thẻ bị lộ",
                    "IP đăng nhập gần nhất",
                ],
                &[
                    "1",
                    "KH00482177",
                    "{person_name|Vương Thị Ngọc Bích}",
                    "{date_of_birth|1992-06-14}",
                    "{vn.phone|0976 284 513}",
                    "{email|bich.vuong92@gmail.com}",
                    "{vn.address|Số 15 ngõ 42 Thịnh Quang, phường Đống Đa, Hà Nội}",
                    "{payment_card|9704 3602 1584 7730}",
                    "{ip_address|113.185.42.76}",
                ],
                &[
                    "2",
                    "KH01137520",
                    "{person_name|NGUYEN DUC ANH}",
                    "{date_of_birth|03/03/1999}",
                    "{vn.phone|+84 868 527 390}",
                    "{email|ducanh.ng99@outlook.com}",
                    "{vn.address|Ký túc xá Mỹ Đình II, tòa C phòng 1207, phường Từ Liêm, Hà Nội}",
                    "(không lưu thẻ)",
                    "{ip_address|14.232.208.115}",
                ],
                &[
                    "3",
                    "KH00953316",
                    "{person_name|Trịnh Hoàng Yến}",
                    "{date_of_birth|22.12.1985}",
                    "{vn.phone|0947.315.862}",
                    "{email|trinhhoangyen85@yahoo.com}",
                    "{vn.address|Biệt thự C4-23 khu đô thị Ciputra, phường Phú Thượng, Hà Nội}",
                    "{payment_card|5238 7410 9266 3451}",
                    "{ip_address|27.72.103.49}",
                ],
                &[
                    "4",
                    "KH01560043",
                    "{person_name|Lê Thị Thanh Thúy}",
                    "{date_of_birth|19/05/1978}",
                    "{vn.phone|0822 419 036}",
                    "{email|thuy.lethanh78@gmail.com}",
                    "{vn.address|Số 8 ngõ 12 đường Trần Phú, phường Hà Đông, Hà Nội}",
                    "**** **** **** 2291 (đã token hóa)",
                    "{ip_address|2405:4802:1a3c:6e10::2f}",
                ],
            ]),
            P(
                "4. Hậu quả có thể xảy ra: lừa đảo qua điện thoại và thư điện tử giả mạo thương hiệu GreenCart, giao dịch thẻ trái phép. Đến 17 giờ ngày 02/12/2025, Công ty nhận 46 khiếu nại, trong đó khách hàng số thứ tự 3 bị trừ 12.490.000 đồng qua giao dịch trực tuyến ở nước ngoài từ thẻ bị lộ.",
            ),
            P(
                "5. Biện pháp đã thực hiện: vô hiệu hóa API /api/v1/admin/export và thu hồi toàn bộ khóa API lúc 03:11 ngày 01/12/2025; buộc đặt lại mật khẩu 18.412 tài khoản; phối hợp với Napas và các ngân hàng phát hành khóa 1.207 thẻ; chặn các dải 185.220.101.0/24 và 45.141.215.0/24 trên tường lửa; thuê Công ty TNHH Bảo mật Sao Bắc (MST 0107765432) điều tra số theo hợp đồng số 112/2025/HĐ-SB. Về bồi hoàn: bà {person_name|Trịnh Hoàng Yến} đề nghị hoàn tiền vào tài khoản {vn.bank_account|19033618472015} tại Techcombank, đã đối chiếu danh tính theo CCCD số {vn.cccd|001185016239}; ông {person_name|Nguyễn Đức Anh} xác minh danh tính bằng hộ chiếu số {vn.passport|C3915027} để nhận mã giảm giá bồi thường.",
            ),
            P(
                "6. Người lập báo cáo: {person_name|Đoàn Minh Khải}. Người đại diện theo pháp luật: Tổng Giám đốc {person_name|Hà Quang Vũ} (đã ký số).",
            ),
            P("Nơi nhận: Như trên; Sở Công Thương Hà Nội (để b/c); Lưu: VT, ATTT."),
        ],
    },
];
