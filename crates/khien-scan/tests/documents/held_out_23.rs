//! A twenty-third set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to application, drawing, exam, e-mail, top-up, login, reception, loss,
//! shooting, wedding, refund, authorisation, payment, contract and moving dates, and identifiers
//! and addresses inside sentences; the login log, the commune's reception book, the pension payment
//! list and the partners' contributions are tables, and the social-housing application a form. The
//! kinds differ from the earlier sets' (a Bắc Ninh factory couple's application to buy a
//! social-housing flat, with the employer's and the commune's confirmations and the wife's Zalo
//! chat with the developer's sales clerk typed without diacritics, a Đà Nẵng exam centre's IELTS
//! registration with a birth date typed month first, the mother's e-mail asking to correct the
//! score report, the father's e-mail about a double charge and the girl's Messenger chat, a
//! father's complaint to a game publisher about his son's hijacked account, with the login log, the
//! boys' Messenger chat and the publisher's reply, a Thanh Hóa commune's citizen reception book
//! after the 2025 merger with the officer's notes and SMS, a Sài Gòn wedding studio's contract, the
//! settlement after a failed memory card and the bride's Facebook review with comments, a Hải Phòng
//! pensioner's authorisation for his daughter-in-law to draw his pension, the post office's payment
//! list and his daughter's messages from Korea, three friends' contract to open a café in Cần Thơ
//! and their Zalo group when two of them pull out, and an Ê Đê mother's application to move her son
//! from a Buôn Ma Thuột school to a Đà Nẵng one, with her Zalo chat with the new form teacher).
//! Every piece of personal data is marked `{detector|value}`: names after a title, a calling word
//! or a label (ông, bà, anh, chị, em, cô, cháu, bạn, con trai, bố đẻ, chồng, vợ, mẹ, a, chi, co,
//! chu, bo, ba, ba noi, TRƯỞNG PHÒNG NHÂN SỰ, HIỆU TRƯỞNG, PHÓ HIỆU TRƯỞNG, Người làm đơn, Cán bộ
//! tiếp, Nhân viên tiếp nhận, chuyên viên, công chức, Thí sinh, Con trai, ten, mang tên) are marked
//! without it; given names used alone after a first mention ("chị Mai Anh", "anh Thắng", "chi
//! Trang", "chị Tâm", "em Trâm", "Nhi", "bo Son", "cháu Nhật", "bạn Khải", "Khai", "anh Tung", "co
//! Hang", "ông Tám", "ông Quyết", "Bà Gái", "anh Cường", "Ông Trường", "chị Bích", "a Hoan", "chị
//! Hân", "Hân ơi", "anh Tuấn", "anh Khang", "chi Linh", "ông Khiêm", "chị Hương", "chi Huong", "bà
//! Tươi", "ông Hòa", "anh Thành", "chị Hà", "co Nga", "anh Duy", "Duyen", "anh Luân", "Luan", "chu
//! Sang", "cháu Phong", "co Hoa", "chị H'Lan", "anh Hieu") are marked; Zalo, Messenger and Facebook
//! display names of persons ("Mai Anh Hoàng", "Thu Trang Phí", "Bảo Trâm", "Yến Nhi Võ", "Minh
//! Nhật", "Quang Khải", "Ngọc Hân Trương", "Minh Tuấn Lý", "Phạm Thùy Dương", "Thu Hà", "Duyên
//! Lâm", "Quốc Duy", "Luân Châu") are marked as written, and so are ALL-CAPS and unaccented names
//! (NGUYEN DUC THANG as an account holder and inside a transfer description, LE NGUYEN BAO TRAM on
//! the registration, account holders LE THANH SON, HOANG THANH TUNG, TRUONG NGOC HAN, PHAM VAN
//! KHIEM, TRAN QUOC DUY and LAM THI MY DUYEN, and "Tran Thi Bich", "Nguyen Thi Lan", "Huynh Thi
//! Sau", "Le Thi Bong" in messages). Judgement calls: the birth date the girl typed month first
//! (08/05/2007) is marked as a date of birth wherever it stands as hers, like the true one
//! (05/08/2007); the misprinted name on a health card ("Lê Thị Gai") is marked as a person's name;
//! minors are marked like adults and their personal identification numbers (số định danh cá nhân)
//! as CCCDs (two small children, a fourteen-year-old gamer, a seventh-grader); a year alone after
//! "sinh năm" or in a "Năm sinh" column is marked as a date of birth; every login IP of the
//! hijacked account is marked, the attacker's rented-server address (twice) too, while the private
//! wifi address 192.168.1.7 is not; the number the attacker set as the account's recovery phone is
//! marked, and so are his account and name as the classmate typed them; full card numbers typed by
//! their holders in e-mails are marked as payment cards, the centre's masked form (5294 **** ****
//! 0716) is not; the café is a household business registered to one partner, so its tax code, his
//! personal tax code, is marked both times, and its takings account in his name is marked, while
//! the rented premises (47 Mậu Thân) are not anyone's home and are left unmarked; a partner's MB
//! account that is her mobile number is marked as a bank account (and the number as a phone where
//! it is one); a home landline (0220 3852 614) is marked as a phone; the pensioner's BHXH number
//! printed alone is marked as a social insurance number and his HT card whole as a health insurance
//! card, like the near-poor household's CN card and the pupil's HS card; the old nine-digit cards
//! of a worker, an old woman and the pensioner are marked as CMNDs; passports are marked again in
//! an e-mail and an SMS; the lost and the shown driving licences are marked, and so are a
//! neighbour's truck, the photographer's car and a partner's motorbike registered to his
//! grandmother; addresses are marked before and after the 2025 merger (with a district: huyện Yên
//! Phong, thành phố Hải Dương, quận Ninh Kiều, huyện Phụng Hiệp, thành phố Buôn Ma Thuột, thành phố
//! Bắc Giang; without one after July 2025), typed without diacritics, with a hamlet and a commune
//! but no province in the commune's own book, and with a street named after a person (Hà Huy Tập,
//! Lê Mao, Nguyễn Văn Cừ, Y Ngông); Ê Đê names (H'Lan Êban, Y Khuê Niê) are marked whole and
//! "H'Lan" alone. Left unmarked on purpose: organisation data (the developer's address on Lý Thái
//! Tổ, tax code 2300971542 and hotline 0222 3899 168, the employer's tax code 2301184650 and plot
//! in the industrial park, the exam centre's address 28 Nguyễn Văn Linh, hotline 0236 3565 789 and
//! mailbox khaothi@hangiang.edu.vn, the game publisher's address 9 Duy Tân, tax code 0107639286,
//! switchboard 1900 636 858 and mailbox hotro@saovietgame.vn, the commune's seat at thôn Phú Khê 1
//! and landline 0237 3865 214 although the same hamlet is a citizen's home in the book, the
//! studio's address 142 Cách Mạng Tháng Tám, tax code 0316548201 and hotline 028 3930 2555, and the
//! studio's page "Mây Studio"), a Korean mobile (+82 10-5283-4716, not a Vietnamese number),
//! document and reference numbers (dossier KBG-0417, flat 1208 in block B2, registration
//! DN-2602-1183, ticket KH-260107-0392, game account 10386572, contract 112/2025/HĐ-MTS, pupil code
//! 6602137745), a game character's name (TungLongTuyet), amounts, scores, ages and areas, non-birth
//! dates (issue, application, drawing, exam, score report, top-up, login, reception, loss,
//! shooting, wedding, refund, authorisation, payment, contract, moving and card expiry dates),
//! schools, a market and hills named as places, ethnic groups and health details (a stroke, asthma;
//! not graded in these sets).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_23: &[Doc] = &[
    Doc {
        name: "don-dang-ky-mua-nha-o-xa-hoi-va-zalo-phong-kinh-doanh",
        parts: &[
            P(
                "CÔNG TY CỔ PHẦN ĐẦU TƯ XÂY DỰNG HƯNG PHÁT KINH BẮC · Chủ đầu tư Dự án Nhà ở xã hội Kinh Bắc Green · Lô CC3 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh · MST 2300971542 · Hotline phòng kinh doanh 0222 3899 168",
            ),
            P(
                "ĐƠN ĐĂNG KÝ MUA NHÀ Ở XÃ HỘI (Mẫu số 01) · Số hồ sơ tiếp nhận: KBG-0417 · Ngày nhận: 13/01/2026",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên người đứng đơn", "{person_name|Nguyễn Đức Thắng}"],
                &["Ngày, tháng, năm sinh", "{date_of_birth|22/06/1991}"],
                &[
                    "Số căn cước",
                    "{vn.cccd|027091008346}, cấp ngày 10/05/2021; chứng minh nhân dân cũ số {vn.cmnd|125184753}",
                ],
                &["Mã số thuế cá nhân", "{vn.tax_code|8126047353}"],
                &["Mã số bảo hiểm xã hội", "{vn.social_insurance|2715063482}"],
                &[
                    "Nghề nghiệp, nơi làm việc",
                    "Kỹ thuật viên bảo trì, Công ty TNHH Linh kiện Quang điện Yên Phong, Lô C5 Khu công nghiệp Yên Phong, xã Yên Phong, tỉnh Bắc Ninh",
                ],
                &[
                    "Nơi thường trú (theo căn cước)",
                    "{vn.address|thôn Ngô Xá, xã Long Châu, huyện Yên Phong, tỉnh Bắc Ninh}",
                ],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|phòng 204, dãy trọ số 17 thôn Đông Xuyên, xã Yên Phong, tỉnh Bắc Ninh}",
                ],
                &[
                    "Điện thoại, thư điện tử",
                    "{vn.phone|0868.215.437} · {email|thangnd.qdyp@gmail.com}",
                ],
                &[
                    "Vợ",
                    "{person_name|Hoàng Thị Mai Anh}, sinh ngày {date_of_birth|03/11/1994}, căn cước {vn.cccd|024194012657}, công nhân lắp ráp cùng công ty, mã số thuế {vn.tax_code|8035182965}, điện thoại {vn.phone|0353 702 618}",
                ],
                &[
                    "Con",
                    "{person_name|Nguyễn Hoàng Gia Bảo}, sinh ngày {date_of_birth|17/09/2019}, số định danh {vn.cccd|027219004183}; {person_name|Nguyễn Hoàng Bảo Ngọc}, sinh ngày {date_of_birth|05/02/2023}, số định danh {vn.cccd|027323001956}",
                ],
                &[
                    "Đối tượng",
                    "Công nhân, người lao động đang làm việc tại doanh nghiệp trong khu công nghiệp",
                ],
                &[
                    "Thu nhập bình quân tháng",
                    "Người đứng đơn 11.800.000 đồng; vợ 8.900.000 đồng",
                ],
                &[
                    "Thực trạng nhà ở",
                    "Chưa có nhà ở thuộc sở hữu tại tỉnh Bắc Ninh; thuê phòng trọ 18 m2 từ năm 2019",
                ],
                &[
                    "Căn hộ đăng ký",
                    "Loại 2 phòng ngủ, khoảng 56 m2, mua trả chậm 20% - 80% trong 15 năm",
                ],
            ]),
            P(
                "Xác nhận của đơn vị sử dụng lao động: Công ty TNHH Linh kiện Quang điện Yên Phong (mã số thuế 2301184650) xác nhận anh {person_name|Nguyễn Đức Thắng} làm việc tại Công ty từ tháng 3/2016 theo hợp đồng lao động không xác định thời hạn, thu nhập thực nhận bình quân 12 tháng gần nhất 11.800.000 đồng/tháng; vợ anh là chị {person_name|Mai Anh} làm việc tại Xưởng lắp ráp số 2 từ tháng 7/2018. Bắc Ninh, ngày 08/01/2026. TRƯỞNG PHÒNG NHÂN SỰ {person_name|Lê Thị Thanh Huyền}",
            ),
            P(
                "Xác nhận của Ủy ban nhân dân xã Yên Phong về thực trạng nhà ở: hộ anh {person_name|Thắng} đăng ký tạm trú tại địa phương từ ngày 02/04/2019, chưa được Nhà nước hỗ trợ nhà ở, đất ở dưới mọi hình thức. Thửa đất ở thôn Ngô Xá đứng tên bố đẻ anh là ông {person_name|Nguyễn Đức Toàn}, sinh năm {date_of_birth|1962}, không phải tài sản của anh {person_name|Thắng}. Công chức địa chính - xây dựng {person_name|Ngô Văn Tuệ}.",
            ),
            P(
                "Ghi chú của phòng kinh doanh: hồ sơ đủ điều kiện, vào danh sách bốc thăm đợt 2 ngày 27/02/2026; chị {person_name|Mai Anh} bổ sung giấy tờ thay chồng vì anh {person_name|Thắng} làm ca đêm. Nhân viên tiếp nhận: {person_name|Phí Thị Thu Trang}.",
            ),
            P(
                "Trích Zalo giữa chị {person_name|Mai Anh} và nhân viên kinh doanh (chị {person_name|Mai Anh} gõ không dấu):",
            ),
            P(
                "[15/01 21:36] {person_name|Mai Anh Hoàng}: chi {person_name|Trang} oi, can cuoc cua chong em van ghi thuong tru o huyen Yen Phong cu, co phai di lam lai truoc khi ky hop dong khong chi. 2 dua nho nha em thi tam tru o Dong Xuyen het roi",
            ),
            P(
                "[15/01 21:50] {person_name|Thu Trang Phí}: Chào em, không cần làm lại đâu, địa chỉ trên căn cước vẫn có giá trị, bên chị đối chiếu theo dữ liệu VNeID. Em gửi giúp chị ảnh hai mặt căn cước của em nhé, ảnh hôm trước bị lóa mất mấy số.",
            ),
            P(
                "[15/01 22:04] {person_name|Mai Anh Hoàng}: so can cuoc em {vn.cccd|024194012657} cap o Bac Giang nam 2021, que em o {vn.address|thon Tien Phong, xa Dinh Tri, thanh pho Bac Giang, tinh Bac Giang} ma gio sap nhap vao Bac Ninh roi chi a. MST cua em {vn.tax_code|8035182965} em tra tren app thue roi, dung roi chi",
            ),
            P(
                "[27/02 16:12] {person_name|Thu Trang Phí}: Chúc mừng em, hồ sơ 0417 bốc trúng căn 1208 tòa B2. Trong 10 ngày em và anh {person_name|Thắng} nộp đợt 1 là 20% giá căn hộ vào tài khoản chủ đầu tư tại BIDV ghi trên thông báo, nội dung ghi họ tên và số căn cước người đứng đơn.",
            ),
            P(
                "[27/02 16:30] {person_name|Mai Anh Hoàng}: da em cam on chi nhieu. chong em chuyen tu tk Vietinbank {vn.bank_account|108874562391} ten {person_name|NGUYEN DUC THANG}, noi dung \"{person_name|NGUYEN DUC THANG} {vn.cccd|027091008346} nop dot 1 can 1208 B2\" la duoc phai khong chi",
            ),
        ],
    },
    Doc {
        name: "xac-nhan-dang-ky-thi-ielts-va-thu-sua-ngay-sinh",
        parts: &[
            P(
                "TRUNG TÂM KHẢO THÍ QUỐC TẾ HÀN GIANG · Địa điểm thi được ủy quyền · Tầng 5, số 28 đường Nguyễn Văn Linh, phường Hải Châu, thành phố Đà Nẵng · Hotline 0236 3565 789 · khaothi@hangiang.edu.vn",
            ),
            P(
                "XÁC NHẬN ĐĂNG KÝ DỰ THI IELTS TRÊN GIẤY · Mã đăng ký DN-2602-1183 · Thi viết 07/02/2026, thi nói 08/02/2026 · Thí sinh: {person_name|LE NGUYEN BAO TRAM} · Ngày sinh: {date_of_birth|08/05/2007} · Giấy tờ tùy thân: hộ chiếu {vn.passport|C8316472} · Điện thoại {vn.phone|0905628341} · E-mail {email|baotram.le0508@gmail.com} · Lệ phí 4.664.000 đồng, đã thanh toán bằng thẻ Mastercard 5294 **** **** 0716 · Đăng ký trực tuyến lúc 23:18 ngày 04/01/2026 từ địa chỉ IP {ip_address|116.105.226.37}",
            ),
            P(
                "Thư điện tử ngày 03/03/2026 từ {email|thanhtam.nguyen76@gmail.com} gửi khaothi@hangiang.edu.vn, tiêu đề \"Đề nghị sửa ngày sinh trên phiếu điểm\":",
            ),
            P(
                "Kính gửi Trung tâm, tôi là {person_name|Nguyễn Thị Thanh Tâm}, mẹ của thí sinh {person_name|Lê Nguyễn Bảo Trâm}, mã đăng ký DN-2602-1183. Phiếu điểm cháu nhận ngày 27/02/2026 (Overall 7.0) ghi ngày sinh {date_of_birth|08/05/2007}, trong khi ngày sinh đúng của cháu là {date_of_birth|05/08/2007} như trên hộ chiếu số {vn.passport|C8316472} và căn cước {vn.cccd|048307002519}. Cháu đang nộp hồ sơ du học Úc, trường yêu cầu thông tin trên phiếu điểm khớp với hộ chiếu, hạn chót 20/03/2026. Khi đăng ký cháu tự điền trên điện thoại, chắc đã nhập tháng trước ngày sau. Cháu ở cùng gia đình tại {vn.address|K82/14 đường Hà Huy Tập, phường Thanh Khê, thành phố Đà Nẵng}; số điện thoại của tôi {vn.phone|0935 216 784}. Xin cảm ơn.",
            ),
            P(
                "Trả lời ngày 04/03/2026 của chuyên viên {person_name|Trịnh Hoài Nam}: Chào chị {person_name|Tâm}, Trung tâm đã đối chiếu ảnh hộ chiếu em {person_name|Trâm} tải lên khi đăng ký, xác nhận sai sót do nhập liệu. Đơn vị tổ chức thi sẽ hủy phiếu điểm cũ và cấp phiếu mới ghi ngày sinh {date_of_birth|05/08/2007} trong 5-7 ngày làm việc, không thu phí. Em {person_name|Trâm} lên văn phòng ký đơn đề nghị, mang hộ chiếu bản gốc và phiếu điểm cũ.",
            ),
            P(
                "Thư ngày 05/03/2026 từ {email|lethanhson.dng@gmail.com}: \"Tôi là {person_name|Lê Thanh Sơn}, bố của em {person_name|Trâm}. Ngày 04/01 tôi trả lệ phí cho cháu thì thẻ Mastercard số {payment_card|5294 3806 6147 0716} bị trừ hai lần 4.664.000 đồng, ngân hàng báo lần thứ hai là giao dịch của Trung tâm và chưa được hoàn. Đề nghị Trung tâm hoàn một lần vào thẻ, hoặc chuyển vào tài khoản Vietcombank {vn.bank_account|0041000386512} mang tên {person_name|LE THANH SON}. Điện thoại {vn.phone|+84 914 305 628}.\"",
            ),
            P(
                "Tin nhắn Messenger em {person_name|Trâm} gửi bạn cùng lớp {person_name|Võ Yến Nhi} (không dấu):",
            ),
            P(
                "[04/03 20:11] {person_name|Bảo Trâm}: {person_name|Nhi} oi trung tam chiu sua ngay sinh roi, tuan sau tao moi nop ho so cho truong o Melbourne duoc. me tao gui mail luc tao dang hoc them, tao con khong biet. may dang ky thi thang 4 thi nho nhap ngay sinh kieu ngay/thang nha, dung nhu tao",
            ),
            P(
                "[04/03 20:15] {person_name|Yến Nhi Võ}: ok ba, hen gi email cua may co 0508 ma trung tam khong de y =)) may nho xin bo {person_name|Son} tien an mung nha",
            ),
        ],
    },
    Doc {
        name: "thu-khieu-nai-tai-khoan-game-bi-chiem-doat-va-nhat-ky-dang-nhap",
        parts: &[
            P(
                "CÔNG TY CỔ PHẦN GIẢI TRÍ TRỰC TUYẾN SAO VIỆT · Nhà phát hành trò chơi Kiếm Hiệp Truyền Kỳ · Số 9 phố Duy Tân, phường Cầu Giấy, Hà Nội · MST 0107639286 · Tổng đài 1900 636 858 · hotro@saovietgame.vn",
            ),
            P(
                "PHIẾU HỖ TRỢ SỐ KH-260107-0392 · Loại yêu cầu: tài khoản bị chiếm đoạt, vật phẩm bị chuyển đi · Tiếp nhận qua thư điện tử ngày 07/01/2026",
            ),
            P(
                "Kính gửi bộ phận chăm sóc khách hàng. Tôi là {person_name|Võ Văn Hưng}, sinh ngày {date_of_birth|11/01/1982}, căn cước {vn.cccd|040082013574}, ở {vn.address|số 36 ngõ 4 đường Lê Mao, phường Thành Vinh, tỉnh Nghệ An}, điện thoại {vn.phone|0913.472.586}, thư điện tử {email|hungvo.vinh82@gmail.com}. Con trai tôi là cháu {person_name|Võ Minh Nhật}, sinh ngày {date_of_birth|27/04/2011}, số định danh cá nhân {vn.cccd|040211006849}, chơi tài khoản mã 10386572 đăng ký bằng hộp thư {email|nhatvo.2704@gmail.com} và số điện thoại của tôi. Tối 06/01/2026 cháu không đăng nhập được, mật khẩu và số điện thoại bảo vệ đã bị đổi; toàn bộ trang bị và hai thú cưỡi cấp 90 bị chuyển sang nhân vật khác.",
            ),
            P(
                "Tài khoản này tôi nạp cho cháu bằng thẻ Visa của tôi số {payment_card|4221 0358 7306 4183} (các giao dịch ngày 14/11/2025, 20/12/2025 và 01/01/2026, tổng 2.350.000 đồng), gửi kèm sao kê để chứng minh. Cháu kể đã đưa mật khẩu cho bạn cùng lớp là {person_name|Đậu Quang Khải} nhờ chơi hộ trong tuần thi học kỳ. Đề nghị Công ty khóa tài khoản, trả lại vật phẩm và cung cấp lịch sử đăng nhập để gia đình làm việc với nhà trường. Vinh, ngày 07/01/2026.",
            ),
            P(
                "Trích nhật ký đăng nhập tài khoản 10386572 do bộ phận an ninh hệ thống cung cấp ngày 08/01/2026 (giờ Việt Nam):",
            ),
            T(&[
                &[
                    "Thời gian",
                    "Địa chỉ IP",
                    "Thiết bị",
                    "Vị trí ước tính",
                    "Ghi chú",
                ],
                &[
                    "05/01/2026 19:42",
                    "{ip_address|113.160.92.45}",
                    "Máy tính Windows (dùng từ 2024)",
                    "Nghệ An",
                    "Mạng cáp quang gia đình",
                ],
                &[
                    "05/01/2026 21:15",
                    "{ip_address|27.66.214.139}",
                    "Điện thoại Android (đã dùng)",
                    "Nghệ An",
                    "Mạng di động",
                ],
                &[
                    "06/01/2026 13:08",
                    "{ip_address|14.241.187.56}",
                    "Điện thoại Android mới",
                    "Nghệ An",
                    "Lần đầu; đổi số bảo vệ thành {vn.phone|0375 926 148}",
                ],
                &[
                    "06/01/2026 13:31",
                    "{ip_address|103.155.216.40}",
                    "Máy tính Windows mới",
                    "Hà Nội (máy chủ thuê)",
                    "Chuyển 38 vật phẩm sang nhân vật TungLongTuyet; đổi mật khẩu",
                ],
                &[
                    "06/01/2026 13:40",
                    "{ip_address|103.155.216.40}",
                    "Máy tính Windows mới",
                    "Hà Nội (máy chủ thuê)",
                    "Đăng xuất mọi thiết bị khác",
                ],
            ]),
            P(
                "Tin nhắn Messenger giữa cháu {person_name|Nhật} và bạn {person_name|Khải} (ông {person_name|Hưng} chụp màn hình gửi kèm, không dấu; ảnh gốc còn hiện địa chỉ wifi nội bộ 192.168.1.7 của máy cháu):",
            ),
            P(
                "[06/01 20:47] {person_name|Minh Nhật}: {person_name|Khai} may doi mk acc tao a?? sao tao khong vao duoc, do cua tao mat het roi",
            ),
            P(
                "[06/01 20:59] {person_name|Quang Khải}: tao xin loi. tao chi dang nhap bang dt moi cua tao thoi, xong anh {person_name|Tung} o lop hoc them muon 1 buoi de farm boss, tao dua mk cho anh ay. so anh ay {vn.phone|0375926148}, tk anh ay {vn.bank_account|0571000294837} Vietcombank ten {person_name|HOANG THANH TUNG}, anh ay bao ai hoi thi anh ay tra tien do",
            ),
            P(
                "[06/01 21:03] {person_name|Minh Nhật}: bo tao biet roi, bo tao gui mail cho cong ty game. may bao anh {person_name|Tung} tra do truoc thu 6 di, khong la bo tao bao co {person_name|Hang} chu nhiem do",
            ),
            P(
                "Trả lời của Công ty ngày 09/01/2026, chuyên viên {person_name|Lưu Hải Đăng}: Kính gửi anh {person_name|Hưng}, sau khi đối chiếu sao kê thẻ và lịch sử đăng nhập, Công ty xác nhận anh là người nạp tiền cho tài khoản 10386572; đã khôi phục số điện thoại bảo vệ về {vn.phone|0913472586}, gửi liên kết đặt lại mật khẩu về hộp thư của cháu {person_name|Nhật}, thu hồi 38 vật phẩm từ nhân vật TungLongTuyet và khóa nhân vật này 30 ngày. Công ty chỉ cung cấp thông tin chủ tài khoản nhận vật phẩm cho cơ quan công an khi có văn bản yêu cầu. Đề nghị gia đình nhắc cháu không chia sẻ mật khẩu; người chơi dưới 18 tuổi chỉ được chơi tối đa 180 phút mỗi ngày.",
            ),
        ],
    },
    Doc {
        name: "so-tiep-cong-dan-uy-ban-xa-sau-sap-nhap",
        parts: &[
            P(
                "ỦY BAN NHÂN DÂN XÃ HOẰNG TIẾN · TỈNH THANH HÓA · Bộ phận tiếp công dân · Trụ sở: thôn Phú Khê 1, xã Hoằng Tiến · Điện thoại 0237 3865 214",
            ),
            P(
                "SỔ TIẾP CÔNG DÂN (trích các trang từ ngày 06/01/2026 đến ngày 09/01/2026) · Cán bộ tiếp: {person_name|Lê Đình Hoan}, công chức Văn phòng - Thống kê",
            ),
            T(&[
                &[
                    "Ngày",
                    "Người đến",
                    "Năm sinh",
                    "Giấy tờ",
                    "Nơi ở",
                    "Điện thoại",
                    "Nội dung",
                    "Hướng xử lý",
                ],
                &[
                    "06/01",
                    "{person_name|Lê Thị Gái}",
                    "{date_of_birth|1949}",
                    "CMND {vn.cmnd|171842365}",
                    "{vn.address|thôn Phú Khê 2, xã Hoằng Tiến}",
                    "Con trai {person_name|Lê Văn Cường}: {vn.phone|0336 518 927}",
                    "Hỏi thủ tục trợ cấp xã hội cho người từ 75 tuổi; thẻ BHYT hộ cận nghèo {vn.health_insurance_card|CN3383821405167} in sai tên thành \"{person_name|Lê Thị Gai}\"",
                    "Hướng dẫn tờ khai; chuyển BHXH cơ sở sửa thẻ",
                ],
                &[
                    "06/01",
                    "{person_name|Đỗ Văn Quyết}",
                    "{date_of_birth|1978}",
                    "CCCD {vn.cccd|038078011294}",
                    "{vn.address|thôn Kim Sơn, xã Hoằng Tiến}",
                    "{vn.phone|0978 140 263}",
                    "Phản ánh xe tải biển số {vn.licence_plate|36C-185.27} của ông {person_name|Trịnh Văn Tám} đổ cát chắn ngõ chung, đêm 03/01 xe cứu thương không vào được",
                    "Giao Công an xã xác minh",
                ],
                &[
                    "07/01",
                    "{person_name|Hoàng Thị Yến}",
                    "{date_of_birth|1990}",
                    "Không mang (trình báo mất)",
                    "{vn.address|xóm Đông, thôn Đông Thành, xã Hoằng Tiến}",
                    "{vn.phone|0847 293 516}",
                    "Mất ví ở chợ Hôm sáng 05/01, trong có căn cước {vn.cccd|038190024571}, giấy phép lái xe hạng B số {vn.driving_licence|380192045637} và thẻ ATM",
                    "Xác nhận trình báo mất giấy tờ; hướng dẫn cấp lại qua VNeID",
                ],
                &[
                    "08/01",
                    "{person_name|Mai Xuân Trường}",
                    "{date_of_birth|1969}",
                    "CCCD {vn.cccd|038069007315}",
                    "{vn.address|thôn Phú Khê 1, xã Hoằng Tiến}",
                    "{vn.phone|0912 087 354}",
                    "Đề nghị đính chính địa chỉ trên giấy chứng nhận quyền sử dụng đất",
                    "Không bắt buộc đính chính; làm khi có giao dịch",
                ],
                &[
                    "09/01",
                    "{person_name|Trần Thị Bích}",
                    "{date_of_birth|2001}",
                    "CCCD {vn.cccd|038301015628}; hộ chiếu {vn.passport|C4729158}",
                    "{vn.address|thôn Kim Sơn, xã Hoằng Tiến}",
                    "{vn.phone|0589 316 402}",
                    "Xin xác nhận nhân thân bổ sung hồ sơ đi làm việc tại Đài Loan",
                    "Hướng dẫn xin lý lịch tư pháp trên VNeID",
                ],
            ]),
            P(
                "Ghi chú của cán bộ tiếp công dân: ngày 07/01/2026 Công an xã mời ông {person_name|Tám} lên làm việc; ông {person_name|Tám} xuất trình giấy phép lái xe hạng C số {vn.driving_licence|380176013582}, thừa nhận cho đổ cát tạm ở ngõ chờ xây nhà cho con trai, cam kết dọn trước 18 giờ cùng ngày; chiều 07/01 ông {person_name|Quyết} gọi báo đã dọn xong. Bà {person_name|Gái} sống một mình, con trai là anh {person_name|Cường} làm thợ xây ở Bình Dương cũ, nay là Thành phố Hồ Chí Minh; bà đã 76 tuổi, không có lương hưu, thuộc diện hưởng trợ cấp hằng tháng, bộ phận một cửa nhận hồ sơ ngày 08/01.",
            ),
            P(
                "Ông {person_name|Trường} cho biết giấy chứng nhận cấp năm 2012 ghi địa chỉ thửa đất và nơi ở của ông là {vn.address|thôn Phú Khê, xã Hoằng Tiến, huyện Hoằng Hóa, tỉnh Thanh Hóa}; sau khi sáp nhập thôn và bỏ cấp huyện, căn cước mới của ông ghi {vn.address|thôn Phú Khê 1, xã Hoằng Tiến, tỉnh Thanh Hóa}. Ngân hàng nơi ông định vay vốn yêu cầu hai địa chỉ phải thống nhất; đã hướng dẫn ông xin giấy xác nhận thông tin cư trú trên VNeID kèm theo hồ sơ vay.",
            ),
            P(
                "Tin nhắn cán bộ gửi chị {person_name|Bích} ngày 09/01/2026 và trả lời: \"UBND xa Hoang Tien: chi {person_name|Tran Thi Bich} vao VNeID muc Phieu ly lich tu phap de nop, khong can len xa. Cong ty XKLD can ban sao ho chieu {vn.passport|C4729158} thi chi photo cong chung o buu dien. Can hoi them goi a {person_name|Hoan} {vn.phone|0962 318 405}\"",
            ),
            P(
                "[09/01 10:22] {vn.phone|0589 316 402}: da em cam on a {person_name|Hoan}. me em la {person_name|Nguyen Thi Lan} sinh nam {date_of_birth|1975} viet giay dong y cho em di, giay do co can xa xac nhan chu ky khong a",
            ),
        ],
    },
    Doc {
        name: "hop-dong-chup-anh-cuoi-va-danh-gia-facebook",
        parts: &[
            P(
                "MÂY STUDIO · Công ty TNHH Truyền thông Mây Trắng · 142 đường Cách Mạng Tháng Tám, phường Bàn Cờ, Thành phố Hồ Chí Minh · MST 0316548201 · Hotline 028 3930 2555",
            ),
            P("HỢP ĐỒNG DỊCH VỤ CHỤP ẢNH CƯỚI · Số 112/2025/HĐ-MTS · Ký ngày 20/09/2025"),
            P(
                "BÊN A (bên cung ứng dịch vụ): Công ty TNHH Truyền thông Mây Trắng, đại diện bà {person_name|Đặng Thùy Linh}, Giám đốc. BÊN B (bên sử dụng dịch vụ): chị {person_name|Trương Ngọc Hân}, sinh ngày {date_of_birth|14/02/1996}, căn cước {vn.cccd|080196003157}, và anh {person_name|Lý Minh Tuấn}, sinh ngày {date_of_birth|30/07/1993}, căn cước {vn.cccd|079093021846}; địa chỉ liên hệ {vn.address|số 25/3 đường Bà Hom, phường Phú Lâm, Thành phố Hồ Chí Minh}; điện thoại {vn.phone|0764 582 913} (chị {person_name|Hân}), {vn.phone|0918 306 247} (anh {person_name|Tuấn}).",
            ),
            P(
                "Điều 1. Gói \"Đà Lạt 2 ngày\": chụp ngoại cảnh tại Đà Lạt ngày 18 và 19/10/2025, 02 váy cưới, 01 áo dài, 01 vest; 01 album 30x30 cm 40 trang, 02 ảnh phóng 60x90 cm và toàn bộ file đã chỉnh màu. Thợ chụp chính: anh {person_name|Huỳnh Gia Khang}; trang điểm: chị {person_name|Tô Bảo Ngân}. Phương tiện: xe 7 chỗ của anh {person_name|Khang}, biển số {vn.licence_plate|51K-247.63}, đón cô dâu chú rể tại nhà lúc 22 giờ ngày 17/10/2025. Điều 2. Giá trọn gói 26.000.000 đồng; Bên B đặt cọc 8.000.000 đồng ngày ký, phần còn lại thanh toán khi nhận album, chậm nhất 10 ngày trước ngày cưới 28/12/2025. Điều 5. Bên A làm mất dữ liệu ảnh do lỗi của mình thì chụp bù miễn phí hoặc hoàn toàn bộ số tiền đã nhận và bồi thường 30% giá trị hợp đồng.",
            ),
            P(
                "BIÊN BẢN THỎA THUẬN ngày 12/11/2025: thẻ nhớ thứ hai của máy ảnh chính bị lỗi, mất khoảng 60% ảnh ngày 19/10 (bộ váy cưới ở đồi chè Cầu Đất và bộ áo dài). Bên A đề nghị chụp bù tại Thành phố Hồ Chí Minh; chị {person_name|Hân} không đồng ý vì chỉ còn sáu tuần đến ngày cưới. Hai bên thống nhất Bên A hoàn 8.000.000 đồng tiền cọc, bồi thường 7.800.000 đồng và giao miễn phí album từ số ảnh còn lại; tiền chuyển vào tài khoản Sacombank {vn.bank_account|060128475193} mang tên {person_name|TRUONG NGOC HAN} trước ngày 20/11/2025.",
            ),
            P("Bài đánh giá trên trang Facebook của studio ngày 25/11/2025 và bình luận (trích):"),
            P(
                "{person_name|Ngọc Hân Trương}: 1 sao. Mình chụp gói Đà Lạt tháng 10, studio làm mất hơn nửa số ảnh vì thẻ nhớ lỗi mà không có máy dự phòng. Đã thỏa thuận hoàn tiền trước 20/11 mà tới hôm nay 25/11 chưa nhận được, nhắn fanpage thì chỉ xem. Ai định chụp ở đây cân nhắc giùm mình.",
            ),
            P(
                "{person_name|Minh Tuấn Lý}: Bổ sung: anh {person_name|Khang} chụp rất có tâm, lỗi là do studio không trang bị đủ chứ không phải do thợ. Mong studio giải quyết sớm vì tụi mình còn một tháng là cưới.",
            ),
            P(
                "Mây Studio: Mây xin lỗi chị {person_name|Hân} và anh {person_name|Tuấn}. Kế toán đã chuyển khoản sáng nay nhưng lệnh bị ngân hàng trả về vì sai một chữ số. Chị nhắn lại số tài khoản qua tin nhắn giúp Mây, Mây chuyển ngay trong hôm nay ạ.",
            ),
            P(
                "{person_name|Ngọc Hân Trương}: stk cua minh Sacombank {vn.bank_account|060128475193} {person_name|TRUONG NGOC HAN}, chi {person_name|Linh} kiem tra lai giup em, co gi goi em {vn.phone|0764582913}",
            ),
            P(
                "{person_name|Phạm Thùy Dương}: {person_name|Hân} ơi sao đăng số tài khoản công khai vậy, xóa đi em. Ai cần studio khác thì studio của chị bạn mình ở Gò Vấp làm ổn, inbox mình nha.",
            ),
            P(
                "{person_name|Ngọc Hân Trương}: Cập nhật 26/11: đã nhận đủ 15.800.000 đồng. Mình sửa đánh giá lên 3 sao vì sau đó studio xử lý có trách nhiệm.",
            ),
        ],
    },
    Doc {
        name: "giay-uy-quyen-linh-luong-huu-va-bang-ke-chi-tra-buu-dien",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "GIẤY ỦY QUYỀN (dùng cho người hưởng chế độ bảo hiểm xã hội hằng tháng ủy quyền lĩnh thay)",
            ),
            P(
                "Người ủy quyền: ông {person_name|Phạm Văn Khiêm}, sinh ngày {date_of_birth|02/09/1945}, căn cước số {vn.cccd|030045001837}, nguyên giáo viên Trường Trung học cơ sở Lê Thanh Nghị, hưởng lương hưu từ tháng 10/2005, mã số BHXH {vn.social_insurance|3098014527}, thẻ BHYT {vn.health_insurance_card|HT3303098014527}. Nơi cư trú: {vn.address|số 12 phố Chi Lăng, phường Lê Thanh Nghị, thành phố Hải Phòng} (trước tháng 7/2025 là {vn.address|số 12 phố Chi Lăng, phường Nguyễn Trãi, thành phố Hải Dương, tỉnh Hải Dương}); điện thoại nhà {vn.phone|0220 3852 614}.",
            ),
            P(
                "Người được ủy quyền: chị {person_name|Vũ Thị Hương}, sinh năm {date_of_birth|1978}, căn cước số {vn.cccd|030178006412}, con dâu, cùng nơi cư trú, điện thoại {vn.phone|0388 624 105}. Nội dung ủy quyền: lĩnh thay lương hưu hằng tháng từ tháng 01/2026 đến hết tháng 12/2026 tại điểm chi trả Bưu điện phường Lê Thanh Nghị. Lý do: ông bị tai biến từ tháng 8/2025, không tự đi lại được. Trước đây ông lĩnh lương bằng chứng minh nhân dân số {vn.cmnd|140298573}, nay đã đổi sang căn cước.",
            ),
            P(
                "Chứng thực tại nhà ngày 22/12/2025 của Ủy ban nhân dân phường Lê Thanh Nghị, công chức tư pháp - hộ tịch {person_name|Nguyễn Thị Minh Phượng}; ông {person_name|Khiêm} không ký được nên điểm chỉ ngón trỏ phải, người làm chứng là tổ trưởng tổ dân phố số 5, ông {person_name|Đinh Công Lợi}.",
            ),
            P(
                "BẢNG KÊ CHI TRẢ LƯƠNG HƯU THÁNG 01/2026 (trích) · Điểm chi trả Bưu điện phường Lê Thanh Nghị · Ngày chi 09/01/2026",
            ),
            T(&[
                &[
                    "STT",
                    "Người hưởng",
                    "Năm sinh",
                    "Mã số BHXH",
                    "Số tiền (đồng)",
                    "Người nhận",
                    "Giấy tờ người nhận",
                ],
                &[
                    "1",
                    "{person_name|Phạm Văn Khiêm}",
                    "{date_of_birth|1945}",
                    "{vn.social_insurance|3098014527}",
                    "7.846.000",
                    "{person_name|Vũ Thị Hương} (ủy quyền)",
                    "{vn.cccd|030178006412}",
                ],
                &[
                    "2",
                    "{person_name|Đào Thị Lụa}",
                    "{date_of_birth|1950}",
                    "{vn.social_insurance|3096027351}",
                    "5.212.000",
                    "Tự nhận",
                    "{vn.cccd|030150004728}",
                ],
                &[
                    "3",
                    "{person_name|Bùi Xuân Hòa}",
                    "{date_of_birth|1952}",
                    "{vn.social_insurance|3097031846}",
                    "6.390.000",
                    "{person_name|Bùi Xuân Thành} (con trai, ủy quyền)",
                    "{vn.cccd|030079008254}",
                ],
                &[
                    "4",
                    "{person_name|Cao Thị Tươi}",
                    "{date_of_birth|1958}",
                    "{vn.social_insurance|3099120463}",
                    "5.604.000",
                    "Chuyển khoản Agribank {vn.bank_account|2405205079318}",
                    "",
                ],
            ]),
            P(
                "Ghi chú của nhân viên chi trả {person_name|Lương Thị Ngát}: chị {person_name|Hương} xuất trình giấy ủy quyền bản chính và căn cước, đã ký nhận thay. Đề nghị gia đình ông {person_name|Khiêm} chuyển sang nhận qua tài khoản như bà {person_name|Tươi} để khỏi gia hạn ủy quyền hằng năm; ông {person_name|Hòa} nằm viện từ tháng 11, anh {person_name|Thành} đã nộp giấy ủy quyền mới ngày 06/01/2026.",
            ),
            P(
                "Tin nhắn giữa con gái ông {person_name|Khiêm} là chị {person_name|Phạm Thị Thu Hà}, đang làm việc ở Hàn Quốc, và chị {person_name|Hương} (chị {person_name|Hà} gõ không dấu):",
            ),
            P(
                "[09/01 19:40] {person_name|Thu Hà}: chi {person_name|Huong} oi, luong huu thang 1 cua bo chi linh duoc chua a. em vua gui ve 10 trieu vao tk Agribank {vn.bank_account|2401205183746} ten {person_name|PHAM VAN KHIEM} de chi mua thuoc cho bo va tra tien co {person_name|Nga} giup viec. so Han cua em doi roi, gio em dung +82 10-5283-4716, con so cu {vn.phone|0902 715 384} em van giu de nhan OTP ngan hang",
            ),
            P(
                "[09/01 20:05] {person_name|Vũ Thị Hương}: Chị lĩnh rồi em, 7 triệu 846. Bưu điện bảo nên chuyển lương hưu vào tài khoản của bố cho đỡ phải ủy quyền, nhưng phải có bố ra ký. Tháng sau em về thì hai chị em đưa bố đi làm. Bố dạo này ăn được, ngày nào cũng nhắc em.",
            ),
        ],
    },
    Doc {
        name: "hop-dong-gop-von-mo-quan-ca-phe-va-zalo-rut-von",
        parts: &[
            P(
                "HỢP ĐỒNG GÓP VỐN KINH DOANH (hợp tác mở quán cà phê Gác Nhỏ) · Cần Thơ, ngày 05/04/2025",
            ),
            P(
                "Chúng tôi gồm: 1. Anh {person_name|Trần Quốc Duy}, sinh ngày {date_of_birth|09/12/1997}, căn cước {vn.cccd|092097005283}, mã số thuế cá nhân {vn.tax_code|8562094177}, thường trú {vn.address|số 118/24 đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ}, điện thoại {vn.phone|0939 517 206}. 2. Chị {person_name|Lâm Thị Mỹ Duyên}, sinh ngày {date_of_birth|21/03/1998}, căn cước {vn.cccd|094198001647}, thường trú {vn.address|ấp Hòa Đông, xã Hòa Tú 1, huyện Mỹ Xuyên, tỉnh Sóc Trăng}, tạm trú {vn.address|số 27 hẻm 51 đường Nguyễn Văn Cừ, phường An Khánh, quận Ninh Kiều, thành phố Cần Thơ}, điện thoại {vn.phone|0939 284 615}. 3. Anh {person_name|Châu Minh Luân}, sinh ngày {date_of_birth|03/06/2000}, căn cước {vn.cccd|093200004916}, thường trú {vn.address|ấp Thạnh Lợi, xã Long Thạnh, huyện Phụng Hiệp, tỉnh Hậu Giang}, điện thoại {vn.phone|036 249 0871}.",
            ),
            P(
                "Điều 1. Cùng góp vốn mở quán cà phê Gác Nhỏ tại mặt bằng thuê số 47 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều (thuê 3 năm, 12.000.000 đồng/tháng). Quán đăng ký hộ kinh doanh đứng tên anh {person_name|Duy}, mã số thuế hộ kinh doanh là mã số thuế cá nhân của anh {person_name|Duy}. Điều 2. Vốn góp:",
            ),
            T(&[
                &[
                    "Thành viên",
                    "Tiền mặt (đồng)",
                    "Tài sản góp",
                    "Quy ra tiền (đồng)",
                    "Tỷ lệ",
                ],
                &[
                    "{person_name|Trần Quốc Duy}",
                    "150.000.000",
                    "Tiền cọc mặt bằng 36.000.000",
                    "186.000.000",
                    "46,5%",
                ],
                &[
                    "{person_name|Lâm Thị Mỹ Duyên}",
                    "110.000.000",
                    "Bàn ghế gỗ, quầy bar (24.000.000)",
                    "134.000.000",
                    "33,5%",
                ],
                &[
                    "{person_name|Châu Minh Luân}",
                    "30.000.000",
                    "Máy pha espresso (32.000.000); xe máy Honda Wave biển số {vn.licence_plate|95-B1 318.42} để giao hàng (18.000.000)",
                    "80.000.000",
                    "20%",
                ],
            ]),
            P(
                "Điều 3. Lợi nhuận chia theo tỷ lệ vốn góp sau khi trừ chi phí, chốt sổ ngày cuối tháng. Tiền bán hàng chuyển khoản về tài khoản Techcombank {vn.bank_account|19036825417016} mang tên {person_name|TRAN QUOC DUY}; anh {person_name|Duy} công khai sao kê hằng tháng. Chị {person_name|Duyên} giữ sổ thu chi, anh {person_name|Luân} phụ trách pha chế. Điều 5. Thành viên rút vốn phải báo trước 30 ngày; tài sản góp bằng hiện vật được trả lại nguyên trạng hoặc quy ra tiền theo giá trị còn lại. Các bên đã đọc và ký tên: {person_name|Trần Quốc Duy} · {person_name|Lâm Thị Mỹ Duyên} · {person_name|Châu Minh Luân}",
            ),
            P("Trích nhóm Zalo \"Gác Nhỏ 3 anh em\" (không dấu, tháng 01/2026):"),
            P(
                "[12/01 22:18] {person_name|Duyên Lâm}: 3 thang lien lo roi, thang 12 lo 14tr, chu nha bao tu thang 2 tang tien mat bang len 14tr. em tinh ky roi, em xin rut von. a {person_name|Duy} chot so toi 31/1 giup em, phan cua em chuyen vao tk MB {vn.bank_account|0939284615} ten {person_name|LAM THI MY DUYEN} nha",
            ),
            P(
                "[12/01 22:31] {person_name|Quốc Duy}: de a tinh. chia theo ty le thi {person_name|Duyen} chiu 33,5% phan lo, ban ghe quay bar de lai quan thi tru theo gia con lai. {person_name|Luan} tinh sao",
            ),
            P(
                "[12/01 22:40] {person_name|Luân Châu}: e cung nghi luon a. e lay lai may espresso voi chiec Wave {vn.licence_plate|95-B1 318.42}, xe dung ten ba noi e la ba {person_name|Huynh Thi Sau} o {vn.address|ap Thanh Loi, xa Long Thanh, thanh pho Can Tho}, ba hoi hoai",
            ),
            P(
                "[13/01 07:05] {person_name|Quốc Duy}: ok. a bao chu {person_name|Sang} chu nha tra mat bang cuoi thang 2, coc 36tr chu tru 1 thang vi bao truoc khong du 60 ngay. a cung dong ma so thue ho kinh doanh {vn.tax_code|8562094177} luon, cuoi thang quyet toan, ai co y kien gi thi noi truoc",
            ),
            P(
                "[13/01 07:20] {person_name|Duyên Lâm}: em dong y. tu 1/2 em ve Soc Trang phu me ban hang, dia chi em gio la {vn.address|ap Hoa Dong, xa Hoa Tu, thanh pho Can Tho}, giay to gi can ky thi a gui ve do giup em, hoac goi em {vn.phone|0939.284.615}",
            ),
        ],
    },
    Doc {
        name: "don-xin-chuyen-truong-va-tin-nhan-giao-vien-chu-nhiem",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN XIN CHUYỂN TRƯỜNG (học sinh trung học cơ sở chuyển đến từ tỉnh khác) · Kính gửi: Hiệu trưởng Trường THCS Phan Chu Trinh, phường Tân Lập, tỉnh Đắk Lắk; Hiệu trưởng Trường THCS Nguyễn Huệ, phường Hòa Cường, thành phố Đà Nẵng",
            ),
            P(
                "Tôi là {person_name|H'Lan Êban}, sinh ngày {date_of_birth|12/05/1986}, căn cước {vn.cccd|066186007243}, điện thoại {vn.phone|0915.608.237}, thư điện tử {email|hlan.eban86@gmail.com}, là mẹ của học sinh {person_name|Đinh Hoàng Phong}, sinh ngày {date_of_birth|19/08/2013}, số định danh cá nhân {vn.cccd|066213009517}, học lớp 7A3 năm học 2025-2026, mã học sinh 6602137745. Nơi ở cũ: {vn.address|số 46 đường Y Ngông, phường Tân Lập, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk}. Nơi ở mới từ ngày 10/01/2026: {vn.address|số 19 kiệt 41 đường Núi Thành, phường Hòa Cường, thành phố Đà Nẵng}.",
            ),
            P(
                "Lý do chuyển trường: chồng tôi là anh {person_name|Đinh Trọng Hiếu}, sinh năm {date_of_birth|1984}, được điều động công tác về Đà Nẵng từ tháng 01/2026, cả gia đình chuyển theo. Kính đề nghị hai nhà trường cho cháu {person_name|Phong} chuyển đến học từ học kỳ II. Tôi xin gửi kèm học bạ, giấy xác nhận cư trú mới và bản sao thẻ BHYT học sinh của cháu. Buôn Ma Thuột, ngày 05/01/2026. Người làm đơn {person_name|H'Lan Êban}",
            ),
            P(
                "Ý kiến của trường nơi đi: đồng ý cho học sinh {person_name|Đinh Hoàng Phong} chuyển trường; kết quả học kỳ I: học tập Tốt, rèn luyện Tốt; đã hoàn tất học phí và bảo hiểm y tế năm học (thẻ {vn.health_insurance_card|HS4666621395170}, giá trị đến 31/12/2026). Ngày 07/01/2026. HIỆU TRƯỞNG {person_name|Y Khuê Niê}",
            ),
            P(
                "Ý kiến của trường nơi đến: tiếp nhận học sinh từ ngày 19/01/2026, xếp vào lớp 7/4, giáo viên chủ nhiệm cô {person_name|Phan Thị Diệu Hoa}. Ngày 14/01/2026. KT. HIỆU TRƯỞNG, PHÓ HIỆU TRƯỞNG {person_name|Đoàn Văn Lộc}",
            ),
            P(
                "Trích tin nhắn Zalo giữa phụ huynh và cô chủ nhiệm mới (chị {person_name|H'Lan} gõ không dấu):",
            ),
            P(
                "[18/01 20:14] {person_name|H'Lan Êban}: co {person_name|Hoa} oi, em la me cua {person_name|Phong} moi chuyen vao lop 7/4. mai chong em la anh {person_name|Hieu} dua chau den truong luc 6h45, so anh ay {vn.phone|0983 270 516}. chau bi hen suyen nhe, trong cap luon co binh xit. the BHYT cua chau van la the Dak Lak {vn.health_insurance_card|HS4666621395170}, co can doi khong co",
            ),
            P(
                "[18/01 20:31] {person_name|Phan Thị Diệu Hoa}: Dạ chào chị {person_name|H'Lan}, cô đã nhận hồ sơ của {person_name|Phong}. Thẻ BHYT còn hạn thì cháu vẫn dùng được ở Đà Nẵng, chị nộp bản photo cho phòng y tế trường. Lớp có nhóm Zalo phụ huynh, cô thêm chị vào bằng số này nhé. Lần sau chị nhắn riêng cho cô, đừng đăng số thẻ của cháu lên nhóm lớp.",
            ),
            P(
                "[18/01 20:40] {person_name|H'Lan Êban}: da em cam on co. neu em va anh {person_name|Hieu} ban thi ba noi chau la ba {person_name|Le Thi Bong}, so {vn.phone|0796 125 308}, o gan truong, co the don chau giup a",
            ),
        ],
    },
];
