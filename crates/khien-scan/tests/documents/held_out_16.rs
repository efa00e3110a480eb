//! A sixteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name, relatives inside sentences, dates of birth next to other
//! dates, and identifiers and addresses inside sentences; only the bank's suspicious-transaction
//! report and the labour accident record have a table (a form each). The kinds differ from the
//! earlier sets' (a maternity and children's hospital social worker's case note about a newborn
//! abandoned at a bus shelter, with the young mother's Facebook message typed without diacritics
//! and her family, a university examinations office's report on a hired exam impersonator and a
//! student fed answers through an earpiece, with Messenger lines typed without diacritics, a travel
//! blog post about three days at a homestay in Lũng Cú naming the owners and the guide, with a
//! found-wallet update and readers' comments typed without diacritics, an online newspaper's
//! feature about a veteran who kept a fallen comrade's notebook for 53 years and found the martyr's
//! sister, a bank's suspicious-transaction report on a money-mule account, and a labour inspection
//! team's record of a fall from height on a building site). Every piece of personal data is marked
//! `{detector|value}`: names after a title or a label (ông, bà, anh, chị, em, cháu, bé, cô, thầy,
//! ThS., TS., Thượng úy, Thiếu tá, Giám đốc, Tổ trưởng, binh nhất, Liệt sĩ, Vợ là) are marked
//! without it; given names used alone after a first mention ("ông Lượng", "Thượng úy Long", "chị
//! Thu", "bà Lìu", "cô Yến", "Hậu", "Quân", "thầy Tùng", "Linh", "anh Đức Anh", "ông Thiện", "bà
//! Liên", "anh Dính", "chị Mỷ", "My", "anh Chá", "bạn Đạt", "anh Dinh", "Dat", "ông Khang", "Thọ",
//! "Xoan", "Phúc", "anh Hưng", "bà Nhớ", "bà Dung", "bà Bảy", "anh Khởi", "anh Tiệp", "anh Thành",
//! "chị Huệ") are marked; a blog's byline and commenters' display names ("Linh Trần", "Minh Tuấn
//! Phạm", "Thanh Dat Nguyen") and a Facebook account name ("Thu Hoang") are marked as written, and
//! so are ALL-CAPS and unaccented names (the owners' given names in the blog's headline, DÍNH and
//! MỶ, account holders TRINH VAN HAU, VANG SEO DINH and NGUYEN THI HUE, "Hoang Thi Thu" and "Phan
//! Van Tho" in messages typed without diacritics). Judgement calls: the name the nurses call the
//! foundling ("bé Xuân") and the name an exam-cheating group's administrator goes by ("Tú") are
//! marked as persons' names; the dead (the martyr, on his notebook, in a Facebook post and on his
//! grave, and his parents) are marked like the living; a year alone after "sinh năm" (also
//! unaccented, "sinh nam 1952") is marked as a date of birth, and so is the foundling's registered
//! date of birth; the foundling's personal identification number is marked as a CCCD and her TE1
//! card as a health insurance card, and her grandmother's old nine-digit card as a CMND; the young
//! mother's and the injured worker's BHXH numbers are marked as social insurance numbers, and the
//! worker's DN card containing his as a health insurance card; the homestay's household business
//! tax code is marked as a personal tax code (a household business is its owner), like the bank
//! customer's and the worker's; the bank customer's Visa debit card is marked both in the form and
//! spaced in the narrative, and her account both times; the impersonator's, the homestay owner's,
//! the customer's other account, her onward payee's, the fraud victim's and the worker's wife's
//! accounts are marked (persons' accounts); the phone of the fraudster posing as a police officer
//! and of the cheating group's administrator are marked (persons' phones), as are the veteran's
//! grandson's number in his post and the association chairman's mobile; the IP of the student's
//! brother's laptop in the exam log and the customer's two internet-banking IPs (one in Cambodia)
//! are marked; the brother's private car, the guide's own motorbike and the martyr's nephew's
//! family car are marked as plates; the lost wallet's and the lift operator's driving licences are
//! marked; the martyr's 1972 home address with its abolished district (huyện Can Lộc) and the
//! worker's with huyện Kim Thành, tỉnh Hải Dương are marked whole, as are the new-style ones,
//! villages with their commune and province where they are someone's home, a lodging-house room and
//! addresses holding streets named after people (Cao Thắng, Lê Đức Thọ, Huỳnh Văn Bánh, Chùa Láng).
//! Left unmarked on purpose: people named only by initials (anh T., N.T.H., N.V.K., T.T.H.) or by a
//! role (the homestay owner's grandfather, the 137 senders to the mule account), organisation data
//! (the electronics company's, the bank's, the gold shop's and the construction company's tax codes
//! 5769040207, 0192778961, 0305640011 and 0224841591, the hospital fund's, the gold shop's and the
//! veterans' association's accounts 101263855720, 0071001284567 and 3604205088213, landlines and
//! hotlines 0203 3825 499, 024 3765 8102, 1900 6746, 0219 3866 215, 1900 5678 35, 1900 5555 47,
//! 0225 3627 418 and 111, and the companies' addresses), company vehicles (the sleeper coach
//! 29B-614.07, the rental motorbike 23-G1 052.66, the crane truck 15C-274.81), private and internal
//! addresses (10.10.3.0/24, 10.10.3.24, 10.20.5.14), a masked card ("đuôi 8812"), student codes
//! 2021603417 and 2022601158 (ten digits, like a BHXH number), a bank CIF number and branch code, a
//! staff extension, document and reference numbers (case CTXH-2026-014, medical record 26.004187,
//! report 09/BC-KT, records 031 and 032/BB-CT, STR-2026-00417, 04/BB-ĐTTNLĐ, labour contract
//! 118/2025/HĐLĐ-HAP, safety card 2107/ATLĐ-HAP, work order 15/GGV-HAP, course code ACC1102, exam
//! and machine numbers, room A2-305, a grave's plot number), a passport expiry month, amounts,
//! ages, weights, ethnic groups, non-birth dates (finding, registration, discharge, exam, meeting,
//! death, memorial, blog, transfer, lock and accident dates, the martyr's death date also
//! unaccented), and places and organisations that look like names (the coach company Hưng Thành,
//! Bệnh viện Hữu nghị Việt Tiệp, bến xe Mỹ Đình typed "My Dinh", the misspelt commune "Thuận
//! Thiện", Sủng Là, Lạch Tray, and streets named after people outside an address: Cao Thắng, Nguyễn
//! Trãi and "Nguyen Trai").

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_16: &[Doc] = &[
    Doc {
        name: "ghi-chep-ca-cong-tac-xa-hoi-tre-so-sinh-bi-bo-roi",
        parts: &[
            P("BỆNH VIỆN SẢN - NHI TỈNH QUẢNG NINH · PHÒNG CÔNG TÁC XÃ HỘI"),
            P(
                "GHI CHÉP CA CÔNG TÁC XÃ HỘI · Mã ca: CTXH-2026-014 · Mức độ: khẩn cấp (trẻ sơ sinh bị bỏ rơi) · Đường dây nóng của Phòng: 0203 3825 499",
            ),
            P(
                "Người ghi: {person_name|Nguyễn Thị Thanh Tâm}, nhân viên công tác xã hội. Ngày mở ca: 03/02/2026. Bệnh án số 26.004187, khoa Sơ sinh.",
            ),
            P(
                "1. Tiếp nhận. Khoảng 5 giờ 10 phút sáng 03/02/2026, ông {person_name|Vũ Văn Lượng} (sinh năm {date_of_birth|1963}, chạy xe ôm ở cổng bệnh viện, trú tại {vn.address|tổ 7, khu 3, phường Hồng Gai, tỉnh Quảng Ninh}, điện thoại {vn.phone|0912 604 378}) nghe tiếng trẻ khóc trong một thùng các-tông đặt dưới mái chờ xe buýt đối diện cổng cấp cứu. Ông {person_name|Lượng} bế cháu vào phòng cấp cứu lúc 5 giờ 18 phút. Cháu là bé gái, nặng 2.700 gram, dây rốn được cắt bằng kéo và buộc chỉ, bác sĩ ước tính cháu mới sinh được khoảng 4 đến 6 giờ. Trong thùng có một chiếc chăn hoa, hai bộ quần áo sơ sinh, một hộp sữa và mảnh giấy viết tay: \"Xin moi nguoi nuoi giup con, con sinh luc 1h sang nay, me xin loi con\". Ông {person_name|Lượng} đã viết bản tường trình và để lại số căn cước {vn.cccd|022063008152} cho Công an phường.",
            ),
            P(
                "2. Đánh giá ban đầu. Cháu được chuyển khoa Sơ sinh theo dõi, sức khỏe ổn định, bú tốt. Các điều dưỡng gọi cháu là \"bé {person_name|Xuân}\" vì cháu được tìm thấy ngay trước Tết. Tôi báo Công an phường Hồng Gai và Tổng đài quốc gia bảo vệ trẻ em 111 lúc 7 giờ 30 phút; Thượng úy {person_name|Bùi Đức Long} đến lập biên bản lúc 9 giờ và trích xuất camera của nhà chờ, thấy một cô gái trẻ đội mũ trùm đặt thùng xuống lúc 4 giờ 52 phút rồi đi bộ về phía đường Cao Thắng.",
            ),
            P(
                "3. Xác định mẹ của trẻ. Tối 04/02/2026, trang Facebook của bệnh viện nhận được tin nhắn từ tài khoản \"{person_name|Thu Hoang}\", gõ không dấu: \"em la me cua be gai trong thung carton hom qua. em ten {person_name|Hoang Thi Thu}, nam nay 19 tuoi, lam cong nhan o KCN Viet Hung. em sinh mot minh o phong tro, nguoi yeu em bo di tu khi biet em co bau. em so bi duoi viec nen moi de con o do. em muon gap con, sdt cua em {vn.phone|0386 915 204}\". Sáng 05/02 tôi và Thượng úy {person_name|Long} gặp chị {person_name|Thu} tại phòng trọ ở {vn.address|phòng 4, dãy trọ số 25 đường Cao Thắng, phường Hạ Long, tỉnh Quảng Ninh}. Chị {person_name|Hoàng Thị Thu}, sinh ngày {date_of_birth|11/07/2006}, dân tộc Tày, căn cước số {vn.cccd|020306014729}, hộ khẩu thường trú tại {vn.address|thôn Nà Pàn, xã Văn Quan, tỉnh Lạng Sơn}, là công nhân Công ty TNHH Linh kiện Điện tử Đông Mai (mã số thuế 5769040207) từ tháng 3/2025, đang tham gia BHXH với mã số {vn.social_insurance|2022147835}. Chị đang sốt, ra nhiều sản dịch; tôi đưa chị vào khoa Sản khám và chị được điều trị 4 ngày. Người yêu của chị {person_name|Thu}, anh T., làm cùng khu công nghiệp, đã nghỉ việc và không liên lạc được; theo đề nghị của chị, tôi không ghi họ tên anh ta.",
            ),
            P(
                "4. Gia đình. Ngày 06/02/2026 mẹ của chị {person_name|Thu} là bà {person_name|Nông Thị Lìu} (sinh năm {date_of_birth|1975}, chứng minh nhân dân số {vn.cmnd|082516347}) từ Lạng Sơn xuống. Ban đầu bà {person_name|Lìu} rất giận, nói con gái làm xấu mặt gia đình, nhưng sau buổi tư vấn thứ hai bà đồng ý đón hai mẹ con về quê chăm sóc. Em trai chị {person_name|Thu} là {person_name|Hoàng Văn Quý}, sinh năm {date_of_birth|2009}, đang học lớp 11, sẽ ở nhà phụ mẹ trông cháu. Bà {person_name|Lìu} cho số điện thoại của con trai cả là anh {person_name|Hoàng Văn Thắng}, {vn.phone|0359 174 620}, đang làm ở Bắc Ninh, để bệnh viện liên lạc khi cần.",
            ),
            P(
                "5. Thủ tục cho trẻ. Ngày 09/02/2026, Ủy ban nhân dân phường Hồng Gai đăng ký khai sinh cho cháu với họ tên {person_name|Hoàng Thị Xuân An}, ngày sinh {date_of_birth|03/02/2026}, mẹ là {person_name|Hoàng Thị Thu}, phần khai về cha để trống. Số định danh cá nhân của cháu là {vn.cccd|022326004815}; thẻ BHYT trẻ em dưới 6 tuổi số {vn.health_insurance_card|TE1222226001437}, có giá trị từ ngày khai sinh.",
            ),
            P(
                "6. Kế hoạch. Chị {person_name|Thu} xin nghỉ không lương 6 tháng; Công ty Đông Mai hứa giữ chỗ làm và hỗ trợ 5.000.000 đồng qua công đoàn công ty. Phòng Công tác xã hội trao 3.000.000 đồng từ Quỹ hỗ trợ bệnh nhân nghèo của bệnh viện (tài khoản 101263855720 tại Vietinbank) và một bộ đồ dùng sơ sinh; sản phụ N.T.H. nằm cùng phòng tặng bé {person_name|Xuân An} hai bộ quần áo len. Ngày 12/02/2026 hai mẹ con xuất viện, ông {person_name|Lượng} đến tiễn và chở bà {person_name|Lìu} ra bến xe Bãi Cháy. Tôi sẽ gọi điện theo dõi sau 1 tuần, 1 tháng và 3 tháng, và đã chuyển tóm tắt hồ sơ cho công chức văn hóa - xã hội xã Văn Quan là chị {person_name|Lăng Thị Hoa}, điện thoại {vn.phone|0972 358 106}.",
            ),
        ],
    },
    Doc {
        name: "bao-cao-vu-viec-thi-ho-ket-thuc-hoc-phan",
        parts: &[
            P(
                "TRƯỜNG ĐẠI HỌC KINH TẾ - KỸ THUẬT BẮC HÀ · PHÒNG KHẢO THÍ VÀ ĐẢM BẢO CHẤT LƯỢNG · ĐT 024 3765 8102",
            ),
            P("Số: 09/BC-KT · Hà Nội, ngày 23 tháng 01 năm 2026"),
            P(
                "BÁO CÁO Vụ việc thi hộ và sử dụng thiết bị thu phát trong kỳ thi kết thúc học phần học kỳ I năm học 2025-2026",
            ),
            P("Kính gửi: Hiệu trưởng; Hội đồng kỷ luật sinh viên."),
            P(
                "Ngày 16/01/2026, ca 3 (13 giờ 30), tại phòng thi máy tính A2-305, học phần Nguyên lý kế toán (mã học phần ACC1102, đề trắc nghiệm trên máy, mã đề 214), cán bộ coi thi 1 là ThS. {person_name|Đỗ Thị Hải Yến} và cán bộ coi thi 2 là ThS. {person_name|Khuất Văn Tùng} phát hiện hai trường hợp vi phạm. Phòng Khảo thí đã làm việc với các sinh viên, người liên quan và gia đình; kết quả như sau.",
            ),
            P(
                "1. Trường hợp thi hộ. Khi đối chiếu ảnh, cô {person_name|Yến} thấy người ngồi máy 17 với thẻ sinh viên mang tên {person_name|Lê Minh Quân} (mã sinh viên 2021603417, lớp KT03-K16) có gương mặt khác ảnh trong danh sách phòng thi. Người này khai tên thật là {person_name|Trịnh Văn Hậu}, sinh ngày {date_of_birth|19/12/2001}, sinh viên năm cuối một trường đại học khác, căn cước số {vn.cccd|038201009364}, đang ở trọ tại {vn.address|số 18 ngõ 91 phố Chùa Láng, phường Láng, Hà Nội}; thẻ sinh viên là thẻ giả do chính {person_name|Hậu} dán ảnh và ép plastic. {person_name|Hậu} khai nhận thi hộ qua một nhóm Facebook tên \"Hỗ trợ thi cử uy tín\", người quản trị nhóm xưng là \"{person_name|Tú}\", dùng số {vn.phone|0587 214 396}, lấy 30% tiền công.",
            ),
            P(
                "Sinh viên {person_name|Lê Minh Quân}, sinh ngày {date_of_birth|05/09/2003}, căn cước số {vn.cccd|036203011847}, thường trú tại {vn.address|xóm 4, xã Hải Hậu, tỉnh Ninh Bình}, thừa nhận đã thuê {person_name|Hậu} thi hộ 3 học phần với giá 2.500.000 đồng mỗi môn và đã chuyển tiền cọc 3.000.000 đồng vào tài khoản MB Bank số {vn.bank_account|360198274513} mang tên {person_name|TRINH VAN HAU}. Tin nhắn Messenger {person_name|Quân} cung cấp (gõ không dấu) có đoạn: \"a {person_name|Hau} oi em gui anh anh the sv voi lich thi roi nhe, chieu 16 ca 3 phong A2-305, mon nay em can 7 diem tro len\" và câu trả lời \"ok e, the gia a tu lam, e khong phai lo, thi xong e chuyen not 4tr\".",
            ),
            P(
                "2. Trường hợp sử dụng tai nghe. Sinh viên {person_name|Phạm Thùy Linh} (mã sinh viên 2022601158, lớp QT05-K17), sinh ngày {date_of_birth|22/4/2004}, căn cước số {vn.cccd|025304006218}, ngồi máy 24, bị thầy {person_name|Tùng} phát hiện đeo tai nghe không dây siêu nhỏ kết nối với điện thoại giấu trong áo khoác. {person_name|Linh} khai người đọc đáp án là anh trai {person_name|Phạm Đức Anh} (sinh năm {date_of_birth|1998}), ngồi trong chiếc ô tô riêng biển số {vn.licence_plate|19A-318.62} đỗ ở cổng phụ của trường. Nhật ký hệ thống thi cho thấy tài khoản thi của {person_name|Linh} có phiên đăng nhập thứ hai lúc 13:41 từ địa chỉ IP {ip_address|113.185.42.17} (mạng di động), trong khi các máy phòng thi chỉ dùng dải địa chỉ nội bộ 10.10.3.0/24 (máy 24 là 10.10.3.24); anh {person_name|Đức Anh} xem câu hỏi trên máy tính xách tay rồi đọc đáp án qua điện thoại.",
            ),
            P(
                "3. Làm việc với gia đình. Ngày 20/01/2026, bố của {person_name|Quân} là ông {person_name|Lê Văn Thiện} (điện thoại {vn.phone|0915 372 860}) và mẹ của {person_name|Linh} là bà {person_name|Nguyễn Thị Kim Liên} đến trường. Ông {person_name|Thiện} cho biết gia đình không hề biết việc thuê thi hộ, xin nhà trường cho {person_name|Quân} được tiếp tục học; bà {person_name|Liên} nộp lại chiếc tai nghe và viết cam kết. Các sinh viên khác trong phòng thi (N.V.K., T.T.H.) xác nhận không thấy trao đổi bài.",
            ),
            P(
                "4. Đề xuất: hủy kết quả bài thi của hai sinh viên; đình chỉ học tập 01 năm đối với sinh viên {person_name|Lê Minh Quân} và khiển trách đối với sinh viên {person_name|Phạm Thùy Linh} theo Quy chế công tác sinh viên; gửi công văn thông báo vụ việc đến trường nơi {person_name|Trịnh Văn Hậu} đang học; chuyển thông tin nhóm Facebook và số điện thoại của người quản trị cho Công an phường Bắc Từ Liêm. Hồ sơ kèm theo: biên bản vi phạm quy chế thi số 031 và 032/BB-CT, ảnh chụp thẻ giả, bản trích nhật ký đăng nhập, ảnh chụp tin nhắn.",
            ),
            P("TRƯỞNG PHÒNG KHẢO THÍ VÀ ĐẢM BẢO CHẤT LƯỢNG · TS. {person_name|Nguyễn Hữu Phước}"),
        ],
    },
    Doc {
        name: "blog-du-lich-homestay-lung-cu",
        parts: &[
            P(
                "Blog Xách balo lên và đi · Đăng bởi {person_name|Linh Trần} · 08/03/2026 · 12 phút đọc",
            ),
            P(
                "HÀ GIANG CUỐI MÙA HOA CẢI: BA NGÀY Ở NHÀ ANH {person_name|DÍNH} CHỊ {person_name|MỶ} DƯỚI CHÂN CỘT CỜ LŨNG CÚ",
            ),
            P(
                "Mình là {person_name|Trần Khánh Linh}, dân văn phòng Hà Nội, mỗi năm trốn việc đi núi một lần. Mình sinh ngày {date_of_birth|21/10/1995} nên chuyến này coi như quà sinh nhật 30 tuổi tự thưởng, trễ mất bốn tháng 😄. Đi cùng mình là con bạn thân từ cấp ba, {person_name|Đào Hà My}, lần đầu lên Hà Giang và sợ đèo kinh khủng.",
            ),
            P(
                "Tụi mình đi xe giường nằm tối thứ Năm của nhà xe Hưng Thành (xe biển số 29B-614.07, tổng đài 1900 6746), 4 giờ sáng tới bến xe trên đường Nguyễn Trãi, ngủ vạ vật ở quán phở đến 7 giờ rồi thuê xe máy ở shop Phượt Hà Giang (0219 3866 215). Xe số của shop biển 23-G1 052.66 chạy khá ngon, shop giữ căn cước bản gốc của một người. Từ Quản Bạ qua Yên Minh, Đồng Văn rồi vượt đèo Mã Pì Lèng, đến Lũng Cú thì trời vừa tắt nắng.",
            ),
            P(
                "Homestay của vợ chồng anh {person_name|Vàng Seo Dính} và chị {person_name|Giàng Thị Mỷ} ở {vn.address|thôn Lô Lô Chải, xã Lũng Cú, tỉnh Tuyên Quang}, là một ngôi nhà trình tường 3 gian hơn 100 năm tuổi, ông nội anh {person_name|Dính} dựng. Anh {person_name|Dính} sinh năm {date_of_birth|1988}, người Mông, nhà ở giữa bản của người Lô Lô; chị {person_name|Mỷ} sinh năm {date_of_birth|1990}, bằng tuổi chị gái mình, là người Mông ở Sủng Là về làm dâu. Hai anh chị có hai bé, bé lớn {person_name|Vàng Thị Sính} học lớp 2, suốt buổi tối cứ ôm con mèo đi theo {person_name|My}. Chị {person_name|Mỷ} nấu cơm lam, thịt treo gác bếp và món xôi ngũ sắc, anh {person_name|Dính} rót rượu ngô, hát cho tụi mình nghe một bài dân ca Mông.",
            ),
            P(
                "Ngày thứ hai, vì {person_name|My} nhất quyết không tự lái qua những đoạn dốc, anh {person_name|Dính} gọi em họ là anh {person_name|Sùng Mí Chá} chở {person_name|My} bằng chiếc Wave của anh ấy, biển số {vn.licence_plate|23-B1 418.27}, còn mình tự lái theo sau. Anh {person_name|Chá} lấy 500 nghìn một ngày, rất nhiệt tình, dừng ở đâu cũng chỉ chỗ chụp ảnh đẹp. Tụi mình lên cột cờ lúc 6 giờ sáng, xuống bản Thèn Pả, chiều đi thuyền trên sông Nho Quế.",
            ),
            P(
                "Thông tin cho bạn nào muốn ở: phòng chung 150 nghìn/người, phòng riêng 500 nghìn/đêm, ăn tối 120 nghìn/người. Cứ gọi thẳng anh {person_name|Dính} số {vn.phone|0962 471 385} (có Zalo, nhưng chị {person_name|Mỷ} trả lời tin nhắn nhanh hơn), cọc 50% vào tài khoản Agribank {vn.bank_account|8502205173946} tên {person_name|VANG SEO DINH}. Homestay có đăng ký hộ kinh doanh nên xuất được hóa đơn cho bạn nào đi công tác, mã số thuế {vn.tax_code|8758640825}. Bạn nào muốn file lịch trình chi tiết và chi phí thì email mình: {email|linhtran.dulich95@gmail.com}.",
            ),
            P(
                "Cập nhật 10/03: Hôm tụi mình ở, có một bạn khách để quên ví trên giường tầng. Trong ví có căn cước mang tên {person_name|Nguyễn Thành Đạt}, số {vn.cccd|001097025513}, bằng lái xe số {vn.driving_licence|012097145083} và thẻ ATM Vietcombank đuôi 8812. Anh {person_name|Dính} nhờ mình đăng lên, bạn {person_name|Đạt} hoặc ai quen bạn ấy thì gọi anh {person_name|Dính} để anh gửi xe khách về Hà Nội nhé.",
            ),
            P(
                "Bình luận · {person_name|Minh Tuấn Phạm}: chi oi cho em hoi thue xe may o dau, co phai de lai giay to gi khong a? va duong len Lung Cu thang 4 con hoa khong chi",
            ),
            P(
                "Bình luận · {person_name|Linh Trần}: em thue o shop Phuot Ha Giang tren duong Nguyen Trai nha, shop giu CCCD ban goc. Thang 4 het hoa cai roi nhung lua non dep lam, em cu hoi anh {person_name|Dinh} truoc.",
            ),
            P(
                "Bình luận · {person_name|Thanh Dat Nguyen}: em la {person_name|Dat} day a!!! cam on chi va anh {person_name|Dinh} nhieu, em vua goi anh roi, em nhan vi o ben xe My Dinh chieu thu 7 nha.",
            ),
        ],
    },
    Doc {
        name: "bao-dien-tu-cuu-binh-tim-than-nhan-liet-si",
        parts: &[
            P("XÃ HỘI · Thứ Sáu, 27/02/2026 07:15 (GMT+7)"),
            P("53 NĂM GIỮ CUỐN SỔ CỦA ĐỒNG ĐỘI, CỰU BINH TÌM ĐƯỢC EM GÁI LIỆT SĨ"),
            P(
                "Cuốn sổ tay bọc ni lông mà người lính trẻ trao lại trước trận đánh cuối cùng ở thành cổ Quảng Trị đã theo ông {person_name|Lê Đình Khang} suốt hơn nửa thế kỷ, cho đến ngày ông tự tay đặt nó vào tay em gái người bạn.",
            ),
            P("Bài: {person_name|Hồ Quỳnh Nga}"),
            P(
                "Ông {person_name|Khang} sinh năm {date_of_birth|1950}, nhập ngũ năm 1971, hiện sống cùng gia đình con trai ở {vn.address|xóm 5, xã Diễn Kim, tỉnh Nghệ An}. Tháng 9/1972, ở đơn vị thuộc Trung đoàn 48, Sư đoàn 320, ông ở cùng tiểu đội với binh nhất {person_name|Phan Văn Thọ}, người Hà Tĩnh, kém ông hai tuổi. Đêm 13/9/1972, trước khi vượt sông Thạch Hãn, {person_name|Thọ} đưa ông cuốn sổ nhỏ, dặn: \"Nếu tao không về thì anh mang về cho mẹ tao\". Sáng hôm sau {person_name|Thọ} hy sinh; ông {person_name|Khang} bị thương, được chuyển ra Bắc.",
            ),
            P(
                "Trang đầu cuốn sổ, nét mực tím đã nhòe, ghi: \"Họ tên: {person_name|Phan Văn Thọ}, sinh ngày {date_of_birth|20/5/1952}, con ông {person_name|Phan Văn Điều} và bà {person_name|Trần Thị Nhớ}, nhà ở {vn.address|xóm Trung Lộc, xã Thuần Thiện, huyện Can Lộc, tỉnh Hà Tĩnh}\". Những trang sau là thơ chép tay và mấy dòng nhắn cho cô em gái út tên {person_name|Xoan}: \"{person_name|Xoan} ở nhà chăm học, anh về sẽ mua cho cái cặp mới\".",
            ),
            P(
                "Sau chiến tranh ông {person_name|Khang} nhiều lần viết thư theo địa chỉ trong sổ nhưng đều bị trả lại, vì trong giấy tờ của đơn vị tên xã bị chép nhầm thành \"Thuận Thiện\". Năm 2025, cháu nội ông là {person_name|Lê Đình Phúc} chụp các trang sổ đăng lên một nhóm Facebook tìm đồng đội, kèm lời gõ vội không dấu: \"ong noi em tim gia dinh liet si {person_name|Phan Van Tho}, sinh nam {date_of_birth|1952}, que xa Thuan Thien, Can Loc, Ha Tinh, hy sinh 14/9/1972 o Thanh co Quang Tri. ai biet xin lien he em {vn.phone|0394 617 205}\".",
            ),
            P(
                "Bài đăng được chia sẻ hơn 3.000 lượt. Người đầu tiên gọi cho {person_name|Phúc} là anh {person_name|Nguyễn Văn Hưng}, con trai bà {person_name|Phan Thị Xoan}. Mẹ anh vẫn ở ngôi nhà cũ của ông bà ngoại, nay là {vn.address|thôn Trung Lộc, xã Thuần Thiện, tỉnh Hà Tĩnh}; bà {person_name|Nhớ} mất năm 1998, đến lúc mất vẫn chưa biết con trai nằm ở đâu. Theo hồ sơ đề nghị giám định ADN do Sở Nội vụ tỉnh lập, người cung cấp mẫu đối chiếu là bà {person_name|Phan Thị Xoan}, sinh ngày {date_of_birth|08/3/1956}, căn cước số {vn.cccd|042156003471}; mẫu hài cốt lấy từ mộ số 17, hàng 3, khu B tại Nghĩa trang liệt sĩ Quốc gia Đường 9, nơi có ngôi mộ chỉ ghi \"Liệt sĩ {person_name|Phan Văn Thọ}, chưa rõ quê quán\". Tháng 1/2026, kết quả giám định khẳng định quan hệ huyết thống.",
            ),
            P(
                "Sáng 14/02/2026, anh {person_name|Hưng} lái chiếc ô tô của gia đình biển số {vn.licence_plate|38A-492.15} đưa mẹ ra Diễn Kim. Bà {person_name|Xoan} nay đã 70 tuổi, cầm cuốn sổ lên đọc từng trang rồi khóc: \"Anh {person_name|Thọ} hứa mua cặp cho tôi, tôi chờ 53 năm\". Ông {person_name|Khang} nói ông chỉ mong sức khỏe đủ để cùng gia đình vào Quảng Trị thắp hương cho bạn vào dịp 27/7 năm nay.",
            ),
            P(
                "Ông {person_name|Hồ Sĩ Lý}, Chủ tịch Hội Cựu chiến binh xã Diễn Kim, cho biết Hội đang giúp ông {person_name|Khang} tìm thân nhân của hai đồng đội khác có tên trong cuốn sổ; ai có thông tin xin liên hệ ông qua số {vn.phone|0912 385 407}. Gia đình bà {person_name|Xoan} từ chối nhận tiền ủng hộ; bạn đọc muốn chung tay cùng chương trình tìm kiếm có thể chuyển vào tài khoản của Hội Cựu chiến binh xã số 3604205088213 tại Agribank hoặc gọi đường dây nóng của báo 1900 5678 35.",
            ),
        ],
    },
    Doc {
        name: "bao-cao-giao-dich-dang-ngo-ngan-hang",
        parts: &[
            P(
                "NGÂN HÀNG TMCP PHƯƠNG NAM Á · MST 0192778961 · PHÒNG TUÂN THỦ VÀ PHÒNG, CHỐNG RỬA TIỀN",
            ),
            P(
                "BÁO CÁO GIAO DỊCH ĐÁNG NGỜ (gửi Cục Phòng, chống rửa tiền - Ngân hàng Nhà nước Việt Nam) · Số: STR-2026-00417 · MẬT",
            ),
            P(
                "Ngày lập: 10/03/2026. Đơn vị phát hiện: Chi nhánh Gò Vấp, TP. Hồ Chí Minh (mã chi nhánh 0312). Cơ sở phát hiện: cảnh báo tự động theo quy tắc AML-R07 (tài khoản nhận nhiều khoản nhỏ từ nhiều người rồi rút hoặc chuyển đi ngay) và trình báo của một khách hàng bị lừa đảo.",
            ),
            P("PHẦN I. THÔNG TIN KHÁCH HÀNG CÁ NHÂN THỰC HIỆN GIAO DỊCH"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|Quách Thị Mỹ Dung}"],
                &["Ngày sinh", "{date_of_birth|14/02/1989}"],
                &["Quốc tịch", "Việt Nam"],
                &["Số căn cước", "{vn.cccd|079189024716}, cấp ngày 22/04/2021"],
                &["Hộ chiếu", "{vn.passport|C6104827}, hết hạn 03/2032"],
                &["Mã số thuế cá nhân", "{vn.tax_code|8441422271}"],
                &[
                    "Nghề nghiệp khai báo",
                    "Nội trợ; thu nhập khai báo 8.000.000 đồng/tháng",
                ],
                &[
                    "Địa chỉ thường trú",
                    "{vn.address|số 211/14 đường Lê Đức Thọ, phường An Hội Tây, TP. Hồ Chí Minh}",
                ],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|căn hộ B2-1507 chung cư Dream Home, đường số 59, phường Thông Tây Hội, TP. Hồ Chí Minh}",
                ],
                &[
                    "Điện thoại / Email",
                    "{vn.phone|0703 528 164} / {email|mydung.quach89@gmail.com}",
                ],
                &[
                    "Tài khoản thanh toán",
                    "{vn.bank_account|19034827165018}, mở ngày 05/01/2026",
                ],
                &[
                    "Thẻ ghi nợ quốc tế",
                    "Visa Debit số {payment_card|4061269460878001}",
                ],
                &["Số CIF", "30581742"],
            ]),
            P("PHẦN II. MÔ TẢ GIAO DỊCH ĐÁNG NGỜ"),
            P(
                "Từ ngày 24/02/2026 đến ngày 06/03/2026, tài khoản {vn.bank_account|19034827165018} nhận 214 khoản chuyển đến, tổng 4.860.000.000 đồng, từ 137 người chuyển tại 21 ngân hàng, nội dung phần lớn là \"thanh toan don hang\", \"nop tien xac minh\" hoặc \"dong phi nhan thuong\". Thường chỉ trong 3 đến 10 phút sau khi tiền về, khoảng 3,9 tỷ đồng được rút tiền mặt tại các ATM ở Gò Vấp và Tây Ninh bằng thẻ Visa Debit {payment_card|4061 2694 6087 8001}; 320.000.000 đồng được chuyển vào tài khoản số {vn.bank_account|246178593} tại ACB của ông {person_name|Lâm Chí Cường} (theo ACB phản hồi: sinh ngày {date_of_birth|02/11/1991}, căn cước số {vn.cccd|095091003388}); 640.000.000 đồng được chuyển cho Công ty TNHH Vàng bạc Kim Phát Lộc (MST 0305640011, tài khoản 0071001284567 tại Vietcombank) để mua vàng miếng.",
            ),
            P(
                "Ngân hàng điện tử của khách hàng được đăng nhập từ 2 thiết bị iPhone, qua địa chỉ IP {ip_address|27.64.219.87} (mạng Viettel tại TP. Hồ Chí Minh) và {ip_address|103.216.72.41} (thuộc một nhà mạng tại Campuchia); cổng kết nối nội bộ của ngân hàng ghi nhận qua máy chủ 10.20.5.14. Khi được mời lên chi nhánh ngày 07/03/2026, bà {person_name|Dung} khai tài khoản là do chồng là ông {person_name|Tăng Văn Bình} (làm xây dựng ở Campuchia) nhờ mở để \"nhận tiền hàng\", bà không biết người chuyển là ai; bà còn khai có một tài khoản khác tại Vietcombank số {vn.bank_account|0721000583924} nhưng ít dùng.",
            ),
            P(
                "Ngày 05/03/2026, bà {person_name|Hồ Thị Bảy} (sinh năm {date_of_birth|1958}, trú tại {vn.address|số 36 đường Huỳnh Văn Bánh, phường Phú Nhuận, TP. Hồ Chí Minh}) đến Chi nhánh Phú Nhuận trình báo: một người xưng là cán bộ công an gọi điện từ số {vn.phone|0842 716 390}, nói bà liên quan đến đường dây ma túy và yêu cầu chuyển 185.000.000 đồng từ tài khoản Agribank số {vn.bank_account|5401205194832} của bà vào tài khoản của bà {person_name|Quách Thị Mỹ Dung} để \"xác minh dòng tiền\". Con gái bà {person_name|Bảy} là chị {person_name|Lê Ngọc Trâm} đi cùng và đã trình báo Công an phường Phú Nhuận.",
            ),
            P(
                "PHẦN III. BIỆN PHÁP ĐÃ ÁP DỤNG: tạm khóa tài khoản và thẻ của khách hàng từ 15 giờ 20 phút ngày 07/03/2026 (số dư còn 47.300.000 đồng); phong tỏa tạm thời theo yêu cầu của Công an; lưu giữ hồ sơ mở tài khoản, ảnh chụp tại ATM và nhật ký đăng nhập. Tổng đài khách hàng của ngân hàng 1900 5555 47 đã được hướng dẫn trả lời các người chuyển tiền khác.",
            ),
            P(
                "Người lập báo cáo: {person_name|Võ Thị Ngọc Hân}, chuyên viên phòng, chống rửa tiền (máy lẻ 4127). TRƯỞNG PHÒNG TUÂN THỦ {person_name|Đinh Quốc Bảo}.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-dieu-tra-tai-nan-lao-dong",
        parts: &[
            P("SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG · ĐOÀN ĐIỀU TRA TAI NẠN LAO ĐỘNG CẤP TỈNH"),
            P("Số: 04/BB-ĐTTNLĐ · Hải Phòng, ngày 26 tháng 02 năm 2026"),
            P("BIÊN BẢN ĐIỀU TRA TAI NẠN LAO ĐỘNG NẶNG"),
            P(
                "1. Cơ sở xảy ra tai nạn: Công ty TNHH Xây dựng và Thương mại Hải An Phát, mã số thuế 0224841591, trụ sở 126 Lạch Tray, phường Gia Viên, thành phố Hải Phòng, điện thoại 0225 3627 418; nơi xảy ra tai nạn: công trình nhà xưởng số 3, Khu công nghiệp Nam Đình Vũ.",
            ),
            P(
                "2. Thành phần Đoàn điều tra: ông {person_name|Nguyễn Quang Trường}, Phó Giám đốc Sở Nội vụ, Trưởng đoàn; bà {person_name|Trần Thị Thúy Hằng}, thanh tra viên lao động; Thiếu tá {person_name|Phạm Văn Dũng}, Công an thành phố; ông {person_name|Đào Minh Khôi}, đại diện Liên đoàn Lao động thành phố. Đại diện công ty: Giám đốc {person_name|Lưu Thế Vinh}.",
            ),
            P("3. Người bị nạn:"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|Đinh Văn Khởi}"],
                &["Ngày sinh", "{date_of_birth|17/10/1984}"],
                &["Giới tính", "Nam"],
                &["Số căn cước", "{vn.cccd|030084007265}"],
                &["Mã số thuế cá nhân", "{vn.tax_code|8139079585}"],
                &["Mã số BHXH", "{vn.social_insurance|3009284716}"],
                &[
                    "Thẻ BHYT",
                    "{vn.health_insurance_card|DN4303009284716}, nơi đăng ký khám chữa bệnh ban đầu: Bệnh viện Hữu nghị Việt Tiệp",
                ],
                &[
                    "Nơi thường trú",
                    "{vn.address|thôn Đồng Gia, xã Kim Xuyên, huyện Kim Thành, tỉnh Hải Dương} (nay thuộc thành phố Hải Phòng)",
                ],
                &[
                    "Nghề nghiệp, vị trí làm việc",
                    "Thợ lắp dựng kết cấu thép; hợp đồng lao động số 118/2025/HĐLĐ-HAP; thẻ an toàn lao động số 2107/ATLĐ-HAP",
                ],
                &[
                    "Người thân liên hệ",
                    "Vợ là {person_name|Nguyễn Thị Huệ}, điện thoại {vn.phone|0336 840 271}",
                ],
                &[
                    "Tài khoản nhận bồi thường",
                    "Vietinbank {vn.bank_account|104872615390}, chủ tài khoản {person_name|NGUYEN THI HUE}",
                ],
            ]),
            P(
                "4. Diễn biến vụ tai nạn: Khoảng 9 giờ 40 phút ngày 11/02/2026, anh {person_name|Khởi} cùng anh {person_name|Mạc Văn Tiệp} lắp xà gồ mái ở độ cao khoảng 9 m, đứng trên sàn thao tác của xe nâng người do anh {person_name|Vi Đức Thành} điều khiển. Khi xe cẩu biển số 15C-274.81 của Công ty đưa bó xà gồ lên, bó xà gồ xoay va vào sàn thao tác; anh {person_name|Khởi} mất thăng bằng và rơi xuống nền bê tông. Dây đai an toàn của anh {person_name|Khởi} không được móc vào dây cứu sinh vì dây cứu sinh chưa được căng. Anh {person_name|Khởi} được đưa đi cấp cứu tại Bệnh viện Hữu nghị Việt Tiệp lúc 10 giờ 15 phút, bị gãy xương đùi trái và chấn thương cột sống thắt lưng.",
            ),
            P(
                "5. Lời khai của người làm chứng: anh {person_name|Mạc Văn Tiệp} (sinh năm {date_of_birth|1990}, điện thoại {vn.phone|0869 502 731}) khai sáng hôm đó tổ trưởng bảo làm nhanh để kịp đổ mái trước mưa nên chưa căng dây cứu sinh; anh {person_name|Tiệp} có móc dây vào lan can sàn thao tác nên không bị rơi. Tổ trưởng là anh {person_name|Tô Văn Định} (điện thoại {vn.phone|0904 617 253}) khai đã nhắc nhở đeo dây an toàn nhưng không kiểm tra việc móc dây. Anh {person_name|Thành}, sinh ngày {date_of_birth|05/8/1993}, có giấy phép lái xe hạng C số {vn.driving_licence|310193052846} nhưng chưa có chứng chỉ vận hành xe nâng người (Công ty chỉ cấp giấy giao việc số 15/GGV-HAP).",
            ),
            P(
                "6. Kết luận nguyên nhân: người sử dụng lao động không bố trí dây cứu sinh trước khi cho làm việc trên cao và giao thiết bị cho người chưa được huấn luyện vận hành; người lao động không tuân thủ đầy đủ quy trình an toàn. Tổ trưởng {person_name|Tô Văn Định} và Giám đốc {person_name|Lưu Thế Vinh} chịu trách nhiệm chính.",
            ),
            P(
                "7. Kiến nghị: Công ty thanh toán toàn bộ chi phí y tế ngoài phần BHYT chi trả, trả đủ lương trong thời gian anh {person_name|Khởi} điều trị và bồi thường theo tỷ lệ suy giảm khả năng lao động sau giám định, chuyển vào tài khoản của chị {person_name|Huệ} nêu tại mục 3; hỗ trợ học phí cho con anh {person_name|Khởi} là cháu {person_name|Đinh Gia Huy}, sinh năm {date_of_birth|2012}, đến hết lớp 12. Biên bản được lập thành 07 bản và công bố tại công ty ngày 26/02/2026.",
            ),
            P(
                "TRƯỞNG ĐOÀN {person_name|Nguyễn Quang Trường} · ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG {person_name|Lưu Thế Vinh} · ĐẠI DIỆN NGƯỜI BỊ NẠN {person_name|Nguyễn Thị Huệ}",
            ),
        ],
    },
];
