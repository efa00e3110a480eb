//! A fifteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with long narrative sentences, people
//! introduced once by their full name and then by their given name, and dates of birth,
//! identifiers and addresses inside sentences; only the prison visit request and the fire report
//! have a table. The kinds differ from the earlier sets' (a people's procuracy's indictment of a
//! motorbike theft ring and the woman who bought the bikes, a newspaper feature about a Thái
//! village midwife, a retired teacher's handwritten will typed up with the family tree in prose,
//! the witnesses and the commune's attestation, a Singapore headhunter's LinkedIn messages with a
//! candidate in mixed Vietnamese and English, a class monitor's e-mail inviting his class to its
//! twentieth reunion with a reply, a mother's online request to visit her son in prison with the
//! list of relatives and the prison's answer, a Zalo chat hiring a live-in domestic helper through
//! an agency, partly without diacritics, and an apartment building management's report of a fire
//! in its basement car park). Every piece of personal data is marked `{detector|value}`: names
//! after a title or a label (ông, bà, anh, chị, em, cô, cháu, bác, Y sĩ, Thượng úy, CSKH, chủ TK)
//! are marked without it; given names used alone after a first mention ("Quyết", "Toàn", "Xuân",
//! "anh Khải", "em Trâm", "chị Pằng", "anh Thoan", "Hoa", "y sĩ Tiến", "Hiền", "Lệ", "Hân", "cháu
//! Bảo", "Lộc", "ông Bảy", "anh Phúc", "Vy", "chị Trang", "anh Đức", "Vinh", "Hà", "Tuấn", "Hải",
//! "cô Oanh", "Tiến", "phạm nhân Nam", "Duyên", "cháu Lợi", "cháu Yến", "cháu Gia Hân", "chị
//! Diệp", "chi Huong", "cô Loan", "anh Tinh", "Be Khoi", "anh Khương", "anh Minh", "bà Mão", "anh
//! Tuấn") are marked; LinkedIn and Zalo display names of persons ("Vy Tran", "Phuc Nguyen", "Bích
//! Diệp", "Huong Vi") are marked as written, and so are ALL-CAPS and unaccented names (account
//! holders and card holders THAN VAN QUYET, VU THI NGOC TRAM, LO THI PANG, PHAN THI THU TRANG,
//! VI THI HUONG, and a name as in a passport, NGUYEN HOANG PHUC). Judgement calls: a defendant's
//! alias ("Quyết Lé", his tên gọi khác) and a fence's Zalo name ("Thanh Xuân") are marked as
//! persons' names, while her shop "Xuân Moto" is not; the dead (the testator's wife and son, a
//! defendant's father, a classmate who died in 2019) are marked like the living; victims and the
//! car-park guard named in the indictment are marked, victims named by initials are not; a year
//! alone after "sinh năm" or under "Năm sinh" is marked as a date of birth, twins' shared date of
//! birth is marked once where it is written once, and a newborn's is marked; a grandson's and a
//! small girl's personal identification numbers (số định danh, mã định danh) are marked as CCCDs
//! and the old nine-digit cards of the fence, the testator and the prisoner's father as CMNDs; the
//! fence's household business tax code is marked as a personal tax code (a household business is
//! its owner), like the testator's and the candidate's; the testator's and the helper's BHXH
//! numbers are marked as social insurance numbers and the BHYT cards containing them as health
//! insurance cards, as is a smoke victim's HT card; a student's Visa card number from her stolen
//! wallet and a resident's Mastercard number lost in the fire are marked as payment cards; the
//! candidate's and his wife's passports, a classmate's Vietnamese passport used from Australia and
//! the prisoner's sister's passport are marked; the fence's home connection found behind a
//! Facebook page, the candidate's home IP quoted from a portal's error message and the mother's IP
//! in the portal log are marked; the thieves' own motorbike (marked both times), the victims'
//! bikes, the testator's truck, the daughter-in-law's car, the helper's husband's motorbike and
//! residents' burnt motorbikes are marked as plates; the thief's, the driver cousin's, the
//! helper's and a resident's driving licences are marked; the recruiter's named work e-mail and
//! mobile, the midwife's phone and account, a reference's and a former employer's mobiles and the
//! building manager's mobile are marked (persons', not switchboards); old-style addresses naming
//! districts, towns and cities that no longer exist (huyện Tân Yên, thị trấn Cao Thượng, huyện
//! Châu Thành, TP. Mỹ Tho, TP. Vinh, TP. Biên Hòa, huyện Thạch Thành) are marked whole, as are
//! new-style ones, a residential group with its ward and province, a village with its commune and
//! province where it is someone's home, and addresses holding streets and villages named after
//! people (Hoàng Hoa Thám, Lê Lợi, Nguyễn Thị Minh Khai, Văn Cao, thôn Quang Trung). Left unmarked
//! on purpose: people named only by initials (N.V.T., L.T.M., H.Đ.K., T.T.B., P.M.A.) or by a role,
//! epithets after a given name ("còi", "lớp phó"), a village named alone (bản Huổi Pu), places of
//! birth, home provinces and countries, organisation data (the agency's, the building management
//! company's and the candidate's employer's tax codes 0114378250, 0111275627 and 0109595901, a
//! Singapore UEN and +65 office line, addresses, landlines and hotlines of a newspaper, a
//! restaurant, a prison, an agency and a building, a class mailing list and a client's HR mailbox,
//! the newspaper fund's, the agency's and the residents' board's accounts 0011004129879,
//! 19134875210011 and 118002647391), a company motorbike lent to a delivery man (99-G1 203.58) and
//! a courier company's motorbike (29-G1 073.15), masked cards ("thẻ đuôi 4417", "4213 **** ****
//! 5589"), a phone's IMEI, a camera recorder's private address (192.168.10.20), document and
//! reference numbers (indictment 41/CT-VKSKV3, investigation conclusion 17/KLĐT-CSHS, case
//! 12/2025/HS, judgments 58/2019/HS-ST and 214/2022/HS-PT, valuation 112/KL-HĐĐGTS, land
//! certificate CS 04712, parcel and map sheet, savings book 0027415, attestation number 12, job ID
//! BW-SG-24817, dossier TGXL-260202-0318, VNPAY transaction 26010998127, report 07/BC-BQL,
//! insurance contract 26/HĐBH-PVI/0119, apartment and kiosk numbers), passport expiry months,
//! amounts, ages, non-birth dates (crime, arrest, judgment, death, wedding, reunion, visit, flight,
//! trial-work, payment, fire and hospital dates, the grandson's coming-of-age date 09/9/2026, a
//! death anniversary, Teachers' Day 20/11, and "01/03", the wrong birthday a classmate says the old
//! class register had), and places, schools and streets named after people outside an address
//! (Nguyễn Văn Cừ, Tô Hiệu, Lê Hồng Phong, Lạc Long Quân, Trường THPT Huỳnh Thúc Kháng, rạch Bà
//! Bèo, Trại giam Xuân Lộc; Ấp Bắc is named after a battle).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_15: &[Doc] = &[
    Doc {
        name: "cao-trang-nhom-trom-cap-xe-may",
        parts: &[
            P("VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 3 - BẮC NINH"),
            P("Số: 41/CT-VKSKV3 · Bắc Ninh, ngày 09 tháng 02 năm 2026"),
            P("CÁO TRẠNG"),
            P("VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 3 - BẮC NINH"),
            P(
                "Căn cứ các Điều 41, 236, 239 và 243 Bộ luật Tố tụng hình sự; căn cứ Kết luận điều tra số 17/KLĐT-CSHS ngày 26/01/2026 của Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh đề nghị truy tố các bị can trong vụ án \"Trộm cắp tài sản\" và \"Tiêu thụ tài sản do người khác phạm tội mà có\" xảy ra tại một số xã, phường phía bắc tỉnh từ tháng 8 đến tháng 11 năm 2025 (vụ án số 12/2025/HS);",
            ),
            P(
                "QUYẾT ĐỊNH: Truy tố ra trước Tòa án nhân dân khu vực 3 - Bắc Ninh để xét xử các bị can:",
            ),
            P(
                "1. {person_name|Thân Văn Quyết} (tên gọi khác: {person_name|Quyết Lé}); giới tính: nam; sinh ngày {date_of_birth|11/5/1995} tại Bắc Giang; số định danh cá nhân: {vn.cccd|024095518979}; nơi cư trú: {vn.address|thôn Đông Lai, xã Quang Tiến, huyện Tân Yên, tỉnh Bắc Giang} (theo địa giới hành chính hiện nay thuộc tỉnh Bắc Ninh); nghề nghiệp: lao động tự do; trình độ văn hóa: 9/12; dân tộc: Kinh; tôn giáo: không; quốc tịch: Việt Nam; con ông {person_name|Thân Văn Lự} (đã chết) và bà {person_name|Nguyễn Thị Hoa}; vợ là {person_name|Giáp Thị Thu}, sinh năm {date_of_birth|1997}, có 02 con chung còn nhỏ; tiền án: tại Bản án số 58/2019/HS-ST ngày 24/7/2019, Tòa án nhân dân huyện Tân Yên xử phạt 24 tháng tù về tội \"Trộm cắp tài sản\", chấp hành xong hình phạt ngày 02/6/2021, chưa được xóa án tích; tiền sự: không. Bị can bị bắt tạm giam từ ngày 15/11/2025, hiện đang bị tạm giam tại Trại tạm giam Công an tỉnh Bắc Ninh.",
            ),
            P(
                "2. {person_name|Ngô Đức Toàn}; giới tính: nam; sinh ngày {date_of_birth|23/10/2001} tại Bắc Ninh; số định danh cá nhân: {vn.cccd|027201560866}; nơi cư trú: {vn.address|tổ dân phố Nội Ninh, phường Bắc Giang, tỉnh Bắc Ninh}; nghề nghiệp: phụ hồ; con ông {person_name|Ngô Văn Hùng} và bà {person_name|Đỗ Thị Tươi}; chưa có vợ con; tiền án, tiền sự: không. Bị can bị bắt tạm giam từ ngày 15/11/2025.",
            ),
            P(
                "3. {person_name|Hoàng Thị Thanh Xuân}; giới tính: nữ; sinh ngày {date_of_birth|07/8/1988} tại Bắc Giang; số định danh cá nhân: {vn.cccd|024188454971} (CMND cũ số {vn.cmnd|121847503}); nơi cư trú: {vn.address|số 126 đường Hoàng Hoa Thám, thị trấn Cao Thượng, huyện Tân Yên, tỉnh Bắc Giang}; nghề nghiệp: sửa chữa, mua bán xe máy cũ (hộ kinh doanh Xuân Moto, mã số thuế {vn.tax_code|8013917158}); chồng là {person_name|Nguyễn Văn Đạt}; tiền án, tiền sự: không. Bị can bị áp dụng biện pháp cấm đi khỏi nơi cư trú.",
            ),
            P("Bởi các hành vi phạm tội như sau:"),
            P(
                "Khoảng đầu tháng 8/2025, do cần tiền tiêu xài và trả nợ, {person_name|Quyết} rủ {person_name|Toàn}, người quen cùng làm phụ hồ ở một công trình tại phường Bắc Giang, đi trộm cắp xe máy để bán lấy tiền chia nhau, {person_name|Toàn} đồng ý. {person_name|Quyết} đặt mua trên mạng 01 bộ vam phá khóa đa năng giá 350.000 đồng và dùng xe mô tô Yamaha Exciter biển số {vn.licence_plate|98-B3 512.47} do mình đứng tên làm phương tiện; khi đi, {person_name|Quyết} điều khiển xe và đứng cảnh giới, {person_name|Toàn} trực tiếp phá khóa và dắt xe. Bằng thủ đoạn trên, từ ngày 11/8/2025 đến ngày 13/11/2025, hai bị can đã thực hiện 07 vụ trộm cắp tài sản, trong đó có các vụ sau:",
            ),
            P(
                "Vụ thứ nhất: khoảng 13 giờ 20 phút ngày 02/9/2025, tại bãi gửi xe tự quản cạnh chợ Nhã Nam, {person_name|Toàn} phá khóa chiếc xe mô tô Honda Vision màu đỏ biển số {vn.licence_plate|98-B2 417.65} của chị {person_name|Lương Thị Hằng} (sinh năm {date_of_birth|1990}, trú tại {vn.address|thôn Lò Gạch, xã Nhã Nam, tỉnh Bắc Ninh}) rồi dắt ra đường cho {person_name|Quyết} đẩy đi. Anh {person_name|Đàm Văn Hiệp}, người trông giữ bãi xe, khai lúc đó đang ăn cơm trong lán nên không phát hiện. Theo Kết luận định giá tài sản số 112/KL-HĐĐGTS ngày 20/11/2025, chiếc xe trị giá 24.500.000 đồng.",
            ),
            P(
                "Vụ thứ tư: khoảng 21 giờ ngày 19/10/2025, trước cửa một quán trà sữa trên đường Nguyễn Văn Cừ, phường Bắc Giang, hai bị can lấy trộm chiếc xe Honda SH Mode biển số {vn.licence_plate|98-K1 036.92} của em {person_name|Vũ Thị Ngọc Trâm} (sinh ngày {date_of_birth|16/3/2005}, sinh viên). Trong cốp xe có 01 ví da của em {person_name|Trâm} đựng 1.200.000 đồng, thẻ căn cước và thẻ ghi nợ quốc tế Sacombank Visa số {payment_card|4731 6535 6979 1712} mang tên {person_name|VU THI NGOC TRAM}. {person_name|Toàn} giữ lại tiền mặt, vứt ví và các thẻ xuống mương nước cạnh đường tỉnh 398; ngày 22/10/2025 người dân nhặt được thẻ căn cước giao nộp cho Công an phường. Chiếc xe trị giá 52.000.000 đồng.",
            ),
            P(
                "Vụ thứ bảy: khoảng 2 giờ ngày 13/11/2025, tại sân nhà anh {person_name|Chu Văn Khải} ở {vn.address|số 9 ngõ 4 đường Lê Lợi, tổ dân phố Phấn Đông, phường Tiền Phong, tỉnh Bắc Ninh}, {person_name|Toàn} trèo tường vào phá khóa chiếc xe Honda Air Blade biển số {vn.licence_plate|99-H1 285.30} của anh {person_name|Khải} và chiếc xe Honda Wave Alpha biển số 99-G1 203.58 của Công ty TNHH Giao vận Kinh Bắc giao cho anh {person_name|Khải} sử dụng để đi giao hàng. Khi {person_name|Toàn} đang dắt chiếc thứ hai ra cổng thì chó nhà sủa, anh {person_name|Khải} thức dậy hô hoán nên hai bị can bỏ lại xe Wave, chỉ lấy được xe Air Blade trị giá 31.000.000 đồng. Các vụ còn lại xâm phạm tài sản của anh N.V.T., chị L.T.M., anh H.Đ.K. và bà T.T.B. ở phường Bắc Giang và xã Tân Yên.",
            ),
            P(
                "Cả 07 chiếc xe trộm được, {person_name|Quyết} đều chụp ảnh gửi qua Zalo cho {person_name|Xuân} (tài khoản Zalo tên \"{person_name|Thanh Xuân}\") để thỏa thuận giá. Mặc dù xe không có giấy tờ, một số xe còn vết vam ở ổ khóa và {person_name|Quyết} đã nói rõ là \"hàng đi đêm\", {person_name|Xuân} vẫn đồng ý mua với giá từ 4.000.000 đồng đến 12.000.000 đồng mỗi xe, tổng cộng 58.000.000 đồng, trả bằng cách chuyển khoản vào tài khoản Vietinbank số {vn.bank_account|108873612045} mang tên {person_name|THAN VAN QUYET}. Sau khi mua, {person_name|Xuân} thay ổ khóa, tháo rời phụ tùng để bán lẻ hoặc bán nguyên chiếc cho khách qua trang Facebook \"Xe máy cũ giá rẻ Tân Yên\". Cơ quan điều tra đã truy xuất và xác định trang này được quản trị từ địa chỉ IP {ip_address|14.177.208.93} của đường truyền internet lắp đặt tại nhà {person_name|Xuân}.",
            ),
            P(
                "Ngày 14/11/2025, qua dữ liệu camera tại nhà anh {person_name|Khải}, Công an phường Tiền Phong xác định được xe Exciter của {person_name|Quyết}. Ngày 15/11/2025, {person_name|Quyết} và {person_name|Toàn} bị bắt khẩn cấp khi đang ngồi ở quán nước; thu giữ 01 bộ vam phá khóa, 02 điện thoại di động (chiếc iPhone 12 của {person_name|Quyết} lắp sim số {vn.phone|0357 182 946}, số IMEI 356728114390527, và chiếc Oppo A57 của {person_name|Toàn} lắp sim số {vn.phone|0869 403 715}), 01 giấy phép lái xe hạng A1 số {vn.driving_licence|240173859026} mang tên {person_name|Thân Văn Quyết} và xe mô tô biển số {vn.licence_plate|98-B3 512.47}. Cùng ngày, khám xét cửa hàng của {person_name|Xuân}, thu giữ 02 xe nguyên chiếc và nhiều phụ tùng tháo rời. Đến nay đã thu hồi, trả lại xe cho chị {person_name|Hằng}, anh {person_name|Khải} và 02 bị hại khác; em {person_name|Trâm} và 02 bị hại còn lại yêu cầu bồi thường tổng cộng 97.500.000 đồng.",
            ),
            P(
                "KẾT LUẬN: Có đủ căn cứ kết luận {person_name|Thân Văn Quyết} và {person_name|Ngô Đức Toàn} đã phạm tội \"Trộm cắp tài sản\" theo điểm a khoản 3 Điều 173 Bộ luật Hình sự (tổng giá trị tài sản chiếm đoạt 243.000.000 đồng), {person_name|Quyết} có tình tiết tăng nặng \"tái phạm\"; {person_name|Hoàng Thị Thanh Xuân} đã phạm tội \"Tiêu thụ tài sản do người khác phạm tội mà có\" theo điểm c khoản 2 Điều 323 Bộ luật Hình sự. Vật chứng và hồ sơ vụ án chuyển kèm theo Cáo trạng.",
            ),
            P(
                "Nơi nhận: TAND khu vực 3 - Bắc Ninh; Cơ quan CSĐT Công an tỉnh; các bị can; Lưu: HSVA, VP. KT. VIỆN TRƯỞNG - PHÓ VIỆN TRƯỞNG {person_name|Nguyễn Thị Lan Phương}",
            ),
        ],
    },
    Doc {
        name: "phong-su-co-do-thon-ban",
        parts: &[
            P("ĐỜI SỐNG · Chủ nhật, 08/02/2026 06:00 (GMT+7)"),
            P("NGƯỜI \"ĐỠ\" CẢ MỘT THẾ HỆ Ở BẢN NÀ SẢNG"),
            P(
                "Hơn hai mươi năm làm cô đỡ thôn bản, chị {person_name|Lò Thị Pằng} đã đỡ hơn 400 ca sinh ở những bản xa nhất của xã Mường Chiên, có những đêm lội suối giữa mùa lũ chỉ với chiếc đèn pin và túi đồ đỡ đẻ.",
            ),
            P("Bài và ảnh: {person_name|Hà Minh Châu}"),
            P(
                "Nhà sàn của chị {person_name|Pằng} nằm cuối {vn.address|bản Nà Sảng, xã Mường Chiên, tỉnh Sơn La}, cách trung tâm xã 14 km đường đất. Chúng tôi đến vào một chiều cuối tháng 1, đúng lúc chị vừa đi thăm một sản phụ ở bản Huổi Pu về, quần còn lấm bùn đến gối. Chồng chị, anh {person_name|Cầm Văn Thoan}, đang nhóm bếp, bảo khách cứ ngồi, \"vợ tôi đi đỡ đẻ thì không biết lúc nào về, quen rồi\".",
            ),
            P(
                "Chị {person_name|Pằng} sinh năm {date_of_birth|1979}, là người Thái, học hết lớp 7 thì lấy chồng. Năm 2003, khi con gái đầu lòng {person_name|Cầm Thị Hoa} mới lên hai, chị được xã cử đi học lớp cô đỡ thôn bản 6 tháng ở thị xã. \"Hồi ấy chị em trong bản toàn đẻ ở nhà, đẻ ngồi cạnh bếp lửa, băng huyết là mất cả mẹ lẫn con. Tôi sợ lắm, nhưng thấy bản cần thì phải học\", chị kể bằng thứ tiếng phổ thông lơ lớ.",
            ),
            P(
                "Ca đỡ đẻ chị nhớ nhất là đêm mùng 2 rạng sáng 03/8/2019, khi lũ quét cuốn mất cây cầu treo qua suối Nậm Chiên. Chị {person_name|Quàng Thị Ín} ở bản Huổi Pu chuyển dạ sinh đôi, chồng chị ấy là anh {person_name|Lò Văn Sương} đang đi làm thuê ở Bình Dương. Chị {person_name|Pằng} buộc dây thừng vào người, nhờ anh {person_name|Thoan} và mấy thanh niên giữ đầu dây rồi lội qua dòng nước đục ngầu. Gần 4 giờ sáng, hai bé trai {person_name|Lò Văn Hoan} và {person_name|Lò Văn Hỷ} lần lượt chào đời bên ánh đèn pin; giấy khai sinh của hai anh em đều ghi ngày sinh {date_of_birth|03/8/2019}, năm nay hai cháu đã vào lớp 1. \"Đứa thứ hai ra ngược, tôi run tay lắm, may mà trời thương\", chị {person_name|Pằng} cười.",
            ),
            P(
                "Y sĩ {person_name|Lường Văn Tiến}, Trưởng Trạm Y tế xã Mường Chiên, cho biết nhờ những cô đỡ như chị {person_name|Pằng} vận động, tỷ lệ sản phụ sinh con tại cơ sở y tế của xã đã tăng từ khoảng 30% năm 2015 lên hơn 85% năm 2025. Nhưng các bản vùng cao vẫn cách trạm hàng chục cây số, nhiều ca chuyển dạ nhanh lúc nửa đêm không kịp ra trạm. Cô đỡ thôn bản chỉ được phụ cấp bằng 0,3 mức lương cơ sở mỗi tháng, không có bảo hiểm xã hội. Cuối năm 2025, chị được mời về Sở Y tế trên đường Tô Hiệu nhận bằng khen, đó là lần thứ ba trong đời chị đi xe khách về tỉnh.",
            ),
            P(
                "Ca gần nhất chị đỡ là con trai đầu lòng của vợ chồng anh {person_name|Lò Văn Đôi} và chị {person_name|Tòng Thị Xiêng}, chào đời ngày {date_of_birth|27/01/2026}, ba ngày trước khi chúng tôi đến. Sản phụ đau bụng lúc nửa đêm, trời rét 4 độ, đường lên dốc trơn không đi xe được. Sáng hôm sau, y sĩ {person_name|Tiến} cùng chị đưa hai mẹ con ra trạm tiêm vắc xin và làm giấy chứng sinh.",
            ),
            P(
                "Con gái chị, {person_name|Hoa}, nay học năm cuối ngành hộ sinh ở Trường Cao đẳng Y tế Sơn La, hứa ra trường sẽ về trạm y tế xã làm việc. \"Để con nó thay mẹ, mẹ già rồi, lội suối không nổi nữa\", chị {person_name|Pằng} nói, tay vẫn gấp mấy tấm khăn sạch cho vào túi đỡ đẻ.",
            ),
            P(
                "Bạn đọc muốn chung tay cùng chị {person_name|Pằng} mua bộ dụng cụ đỡ đẻ mới và một chiếc xe máy thay cho chiếc Wave đã 15 năm tuổi có thể liên hệ trực tiếp với chị qua số {vn.phone|0386 294 157} (nhờ con gái nghe máy giúp), chuyển khoản vào tài khoản Agribank số {vn.bank_account|7900205318462} mang tên {person_name|LO THI PANG}, hoặc gửi qua Quỹ Tấm lòng vàng của báo: tài khoản 0011004129879 tại Vietcombank, đường dây nóng 024 3942 7118.",
            ),
        ],
    },
    Doc {
        name: "di-chuc-viet-tay-cua-cha",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("DI CHÚC (bản đánh máy lại từ bản viết tay, có chứng thực chữ ký)"),
            P(
                "Hôm nay, ngày 06 tháng 01 năm 2026, tại nhà riêng, tôi đầu óc còn minh mẫn, sáng suốt, tự nguyện lập di chúc này trước mặt hai người làm chứng.",
            ),
            P(
                "Tôi tên là {person_name|Trương Văn Bảy}, sinh ngày {date_of_birth|15/7/1948}, nguyên giáo viên Trường Tiểu học Đông Hòa, nghỉ hưu năm 2008; chứng minh nhân dân số {vn.cmnd|310482716} cấp năm 2005, nay là căn cước số {vn.cccd|082048773527}; mã số thuế cá nhân {vn.tax_code|8015639900}; thường trú tại {vn.address|ấp Hòa Thạnh, xã Đông Hòa, huyện Châu Thành, tỉnh Tiền Giang}.",
            ),
            P(
                "Vợ tôi là bà {person_name|Lê Thị Sáu}, sinh năm {date_of_birth|1950}, đã mất ngày 12/3/2019, nhằm tháng Hai năm Kỷ Hợi. Vợ chồng tôi có bốn người con, tôi ghi rõ ra đây để sau này các con khỏi tranh cãi: con đầu là {person_name|Trương Văn Hiền}, sinh ngày {date_of_birth|04/02/1972}, ở chung nhà với tôi, vợ nó là {person_name|Nguyễn Thị Kim Cúc}; con thứ hai là {person_name|Trương Thị Mỹ Lệ}, sinh năm {date_of_birth|1975}, có chồng là {person_name|Đoàn Văn Chín}, ở {vn.address|số 58/3 đường Ấp Bắc, phường 5, TP. Mỹ Tho, tỉnh Tiền Giang}; con thứ ba là {person_name|Trương Văn Lộc}, sinh năm {date_of_birth|1979}, mất năm 2010 vì tai nạn giao thông, để lại một đứa con trai là cháu nội tôi {person_name|Trương Gia Bảo}, sinh ngày {date_of_birth|09/9/2008}, số định danh {vn.cccd|082208920791}, từ nhỏ ở với ông bà nội; con út là {person_name|Trương Thị Ngọc Hân}, sinh ngày {date_of_birth|22/12/1983}, hiện ở {vn.address|số 14 đường số 7, khu dân cư Him Lam, phường Tân Hưng, TP. Hồ Chí Minh}, điện thoại {vn.phone|0908 316 472}. Mẹ của cháu {person_name|Bảo} là {person_name|Phan Thị Diễm} đã đi bước nữa, lâu rồi không còn liên lạc.",
            ),
            P(
                "Tài sản của vợ chồng tôi, sau khi vợ tôi mất các con đã làm văn bản khai nhận, phần của tôi hiện gồm: (1) thửa đất số 215, tờ bản đồ số 7, diện tích 1.860 m2 gồm đất ở và đất trồng cây lâu năm, trên có căn nhà tường tôi đang ở, giấy chứng nhận số CS 04712 cấp ngày 18/5/2020, phía sau giáp rạch Bà Bèo; (2) sổ tiết kiệm số 0027415 tại Agribank chi nhánh Châu Thành, số tiền 350.000.000 đồng; (3) tiền trong tài khoản Agribank số {vn.bank_account|7306205147583} đứng tên tôi, hằng tháng nhận lương hưu; (4) chiếc xe ô tô tải nhỏ Suzuki Carry biển số {vn.licence_plate|63C-274.09} đứng tên tôi; (5) ki-ốt số 12 chợ Đông Hòa tôi đang cho thuê 3.000.000 đồng/tháng, thuế cho thuê tôi vẫn tự kê khai theo mã số thuế nêu trên.",
            ),
            P(
                "Nay tôi định đoạt như sau: thửa đất và căn nhà để lại cho con trưởng {person_name|Hiền} lo thờ cúng ông bà, cha mẹ, nhưng {person_name|Hiền} phải tách cho cháu {person_name|Bảo} 500 m2 phía giáp lộ khi cháu đủ 18 tuổi, tức sau ngày 09/9/2026, coi như phần của cha cháu là {person_name|Lộc}. Sổ tiết kiệm chia cho {person_name|Lệ} và {person_name|Hân} mỗi đứa 150.000.000 đồng, còn 50.000.000 đồng để lo đám tang cho tôi. Xe tải để lại cho cháu {person_name|Bảo} vì cháu đang học lái, {person_name|Hiền} giữ giùm tới khi cháu có bằng. Ki-ốt chợ giao cho {person_name|Lệ} thu tiền thuê, mỗi năm đưa {person_name|Hiền} 12.000.000 đồng lo giỗ quải. Tiền còn trong tài khoản thì trả viện phí cho tôi, dư bao nhiêu chia đều bốn phần, phần của {person_name|Lộc} đưa cho cháu {person_name|Bảo}.",
            ),
            P(
                "Khi tôi mất, các con chôn tôi cạnh mộ mẹ tụi nó trong vườn, không hỏa táng. Tiền tử tuất, mai táng phí bên bảo hiểm xã hội (sổ BHXH số {vn.social_insurance|8206137452}) thì giao cho {person_name|Hiền} làm thủ tục nhận; thẻ bảo hiểm y tế hưu trí {vn.health_insurance_card|HT3828206137452} của tôi nhớ đem nộp lại. Tôi mong các con thương nhau, đừng vì miếng đất mà mất tình anh em. Di chúc này viết thành 03 bản, tôi giữ 01 bản, giao {person_name|Hiền} 01 bản, gửi Ủy ban nhân dân xã 01 bản. Người lập di chúc (ký, ghi rõ họ tên) {person_name|Trương Văn Bảy}.",
            ),
            P(
                "Người làm chứng thứ nhất: ông {person_name|Huỳnh Văn Tư}, sinh năm {date_of_birth|1956}, căn cước số {vn.cccd|082056907416}, trưởng ấp Hòa Thạnh, điện thoại {vn.phone|0913 704 825}. Người làm chứng thứ hai: bà {person_name|Nguyễn Thị Bé Năm}, sinh năm {date_of_birth|1962}, hàng xóm cùng ấp. Hai chúng tôi xác nhận ông {person_name|Bảy} tự tay viết và ký di chúc trước mặt chúng tôi, lúc lập di chúc ông tỉnh táo, không bị ai ép buộc, lừa dối.",
            ),
            P(
                "Chứng thực chữ ký: ngày 07/01/2026, tại trụ sở Ủy ban nhân dân xã Châu Thành, tỉnh Đồng Tháp, ông {person_name|Trương Văn Bảy} đã ký vào di chúc này trước mặt người thực hiện chứng thực. Số chứng thực 12, quyển số 01/2026-SCT/CK,ĐC. KT. CHỦ TỊCH - PHÓ CHỦ TỊCH {person_name|Trần Thanh Sang}",
            ),
        ],
    },
    Doc {
        name: "tin-nhan-linkedin-headhunter-singapore",
        parts: &[
            P(
                "LinkedIn · Tin nhắn · {person_name|Vy Tran} (Talent Partner, Bridgewell Search) ↔ {person_name|Phuc Nguyen} (Senior Backend Engineer)",
            ),
            P(
                "[05/01/2026 10:14] {person_name|Vy Tran}: Hi anh {person_name|Phúc}, em là {person_name|Vy} bên Bridgewell Search (Singapore). Em thấy profile anh có 8 năm kinh nghiệm backend với Go và Kafka, rất match với role Senior Platform Engineer của một client fintech ở Singapore (job ID BW-SG-24817). Package khoảng SGD 9,500-11,000/month + EP sponsorship + relocation support cho cả gia đình. Anh có open cho một cuộc call 15 phút tuần này không ạ?",
            ),
            P(
                "[05/01/2026 21:47] {person_name|Phuc Nguyen}: Hi {person_name|Vy}, thanks for reaching out. Mình đang khá ổn ở công ty hiện tại nhưng Singapore thì vợ mình cũng muốn thử. Call tối thứ 4 sau 8pm được không? Số mình {vn.phone|0982 417 365}, có Zalo. CV mới nhất mình gửi qua mail cá nhân nhé: {email|phuc.nguyenhoang91@gmail.com}.",
            ),
            P(
                "[06/01/2026 09:02] {person_name|Vy Tran}: Perfect, em book thứ 4 lúc 20:30 nha anh. Anh upload CV lên portal theo link em gửi qua mail, hoặc gửi thẳng cho em ở {email|vy.tran@bridgewellsearch.com}. Số em nếu cần gấp: {vn.phone|0939 852 614} (Zalo/WhatsApp).",
            ),
            P(
                "[06/01/2026 22:30] {person_name|Phuc Nguyen}: Portal báo lỗi \"Too many attempts. Access from IP {ip_address|27.72.101.36} has been temporarily blocked\" 😅 nên mình gửi thẳng vào mail em rồi nhé, file PDF 2 trang.",
            ),
            P(
                "[07/01/2026 21:15] {person_name|Vy Tran}: Thanks anh, call tối nay rất vui ạ. Client muốn move nhanh: technical round vào 13/01. Để làm pre-screening và EP self-assessment, anh gửi em giúp: full name as in passport, DOB, passport number + expiry, highest degree, và thông tin vợ/con nếu anh muốn apply Dependant's Pass cùng lúc. Bên em chỉ share với client và MOM, không lưu quá 6 tháng theo privacy policy.",
            ),
            P(
                "[07/01/2026 22:41] {person_name|Phuc Nguyen}: OK em: {person_name|NGUYEN HOANG PHUC}, DOB {date_of_birth|17/03/1991}, passport {vn.passport|C4718265}, exp 11/2031. Bachelor HUST 2013. Vợ mình: {person_name|Đỗ Thu Trang}, DOB {date_of_birth|02/12/1992}, passport {vn.passport|C9320517}, exp 08/2026. Con gái {person_name|Nguyễn Đỗ Bảo An}, sinh {date_of_birth|25/06/2021}, chưa có passport, tháng sau mới làm. À mình xin refer thêm một bạn: {person_name|Lưu Minh Đức}, ex-colleague ở Hanoi, rất strong về SRE, email {email|duc.luuminh@outlook.com}, cậu ấy ok để em liên hệ.",
            ),
            P(
                "[09/01/2026 10:05] {person_name|Vy Tran}: Received, em cảm ơn anh 🙏 Em note là passport của chị {person_name|Trang} chỉ còn hạn đến 08/2026, DP cần passport còn ít nhất 6 tháng lúc nộp nên chị nên gia hạn sớm. Em sẽ nhắn anh {person_name|Đức} trong tuần này.",
            ),
            P(
                "[13/01/2026 19:20] {person_name|Vy Tran}: Anh ơi good news! Client gửi verbal offer SGD 10,800/month, start date 01/04/2026. HR Việt Nam của client cần làm background check và xác nhận quá trình đóng BHXH: anh gửi em CCCD, MST cá nhân, mã số BHXH và một người tham chiếu (line manager cũ) nhé.",
            ),
            P(
                "[13/01/2026 23:05] {person_name|Phuc Nguyen}: Tuyệt vời! CCCD {vn.cccd|001091470663}, MST cá nhân {vn.tax_code|8092962954}, mã số BHXH {vn.social_insurance|0114025873}. Reference: anh {person_name|Tạ Quang Huy}, Engineering Manager ở công ty cũ, {vn.phone|0912 640 583}. Công ty hiện tại thì please đừng liên hệ trước khi mình resign nhé; MST công ty hiện tại là 0109595901 nếu HR cần đối chiếu.",
            ),
            P(
                "[14/01/2026 08:30] {person_name|Vy Tran}: Noted anh. Em đã forward cho HR của client qua hr.vietnam@ mailbox bên họ, written offer sẽ gửi qua DocuSign trong tuần. Bridgewell Search Pte. Ltd., UEN 201934567K, office +65 6812 3407.",
            ),
        ],
    },
    Doc {
        name: "email-moi-hop-lop-20-nam",
        parts: &[
            P("Từ: {person_name|Phạm Quang Vinh} <{email|vinhpq.1988@gmail.com}>"),
            P(
                "Đến: 12a1.htk0306@googlegroups.com · Cc: {email|thutrang.phan88@gmail.com}; {email|tuantd.mel@gmail.com}",
            ),
            P(
                "Ngày: 24/01/2026 23:12 · Tiêu đề: [12A1 HTK 2003-2006] 20 năm ra trường - họp lớp 30/5 và chuyến Phú Quốc",
            ),
            P(
                "Chào cả lớp, mình là {person_name|Vinh} đây, lớp trưởng muôn năm của 12A1 Trường THPT Huỳnh Thúc Kháng. Tháng 5 này tròn 20 năm bọn mình ra trường. Sau buổi cà phê hôm 18/1 với {person_name|Phan Thị Thu Trang} (thủ quỹ), {person_name|Lê Thu Hà} và {person_name|Hoàng Văn Hải}, bọn mình chốt: họp lớp tối thứ Bảy 30/5/2026 tại nhà hàng Sen Hồng, 68 Lê Hồng Phong, phường Thành Vinh (nhà hàng: 0238 3566 889); sáng Chủ nhật 31/5 cả lớp đến thăm cô chủ nhiệm {person_name|Nguyễn Thị Kim Oanh}, rồi ai đi được thì bay vào Phú Quốc chơi 3 ngày.",
            ),
            P(
                "Về cô {person_name|Oanh}: cô sinh ngày {date_of_birth|18/11/1956}, đúng hai ngày trước 20/11, ngày xưa lớp mình toàn tổ chức sinh nhật cô gộp với Ngày Nhà giáo, năm nay cô tròn 70. Cô mổ khớp gối hồi tháng 10, đi lại còn khó, vẫn ở nhà cũ {vn.address|số 12 ngõ 5 đường Nguyễn Thị Minh Khai, phường Trường Thi, TP. Vinh, Nghệ An}. Con trai cô là anh {person_name|Đậu Quang Minh} dặn bọn mình đến thì gọi trước cho anh ấy: {vn.phone|0915 208 736}.",
            ),
            P(
                "Tiền quỹ: mỗi bạn góp 1.500.000đ (ăn uống, quà cho cô, in kỷ yếu 20 năm), chuyển vào tài khoản Vietcombank {vn.bank_account|1016482739} của {person_name|Trang}, chủ TK {person_name|PHAN THI THU TRANG}, nội dung \"HOP LOP + tên\", hạn chót 30/4. Nhà hàng đã nhận cọc 5 triệu, mình quẹt tạm thẻ đuôi 4417 của mình, quỹ hoàn lại sau.",
            ),
            P(
                "Chuyến Phú Quốc (bay tối 31/5, về 3/6): đến giờ có 9 bạn đăng ký. Để {person_name|Hà} đặt vé đoàn, ai đi thì gửi cho {person_name|Hà} họ tên và số CCCD, riêng {person_name|Tuấn} dùng hộ chiếu. Đã nhận: {person_name|Phạm Quang Vinh} {vn.cccd|040088048070}; {person_name|Phan Thị Thu Trang} {vn.cccd|040188282300}; {person_name|Lê Thu Hà} {vn.cccd|040188017738}; {person_name|Trần Đình Tuấn} hộ chiếu {vn.passport|B9416203} (cậu ấy vẫn giữ quốc tịch Việt Nam, về nước bằng hộ chiếu VN).",
            ),
            P(
                "Tin tức cho ai lâu không vào nhóm: {person_name|Hà} giờ là bác sĩ khoa Tim mạch Bệnh viện Hữu nghị Đa khoa Nghệ An, ai cần khám thì alo {person_name|Hà} {vn.phone|0974 316 852}. {person_name|Tuấn} \"còi\" định cư ở Melbourne 12 năm rồi, cuối tháng 5 mới về được, nhờ gửi kỷ yếu về nhà bố mẹ cậu ấy ở {vn.address|khối 7, phường Hưng Dũng, TP. Vinh}. {person_name|Nguyễn Duy Khánh} \"lớp phó\" giờ làm trưởng phòng ở Ngân hàng Nhà nước chi nhánh Nghệ An, vẫn là đứa trẻ nhất lớp vì sinh ngày {date_of_birth|02/01/1989}, đi học sớm một năm. {person_name|Hải} với {person_name|Trần Bảo Ngọc} (12A3) cưới nhau năm 2015, giờ có hai nhóc và mở nhà thuốc ở Cửa Lò.",
            ),
            P(
                "Năm nay cũng tròn 7 năm {person_name|Đặng Minh Tiến} đi xa. Giỗ {person_name|Tiến} vào ngày 12 tháng 5 âm lịch (năm 2019 là ngày 14/6), năm nào mẹ {person_name|Tiến} là bác {person_name|Hồ Thị Tình} cũng nấu cơm chờ bọn mình. Nhà bác vẫn ở {vn.address|xóm 3, xã Nghi Kim, TP. Vinh, Nghệ An}; chiều 30/5 ai ở Vinh thì cùng mình qua thắp hương cho {person_name|Tiến} trước khi họp lớp. Ai đổi email thì reply cho mình nhé. Nhớ cả lớp! {person_name|Vinh} - {vn.phone|0983 061 742}",
            ),
            P("--- Trả lời ---"),
            P(
                "Từ: {person_name|Trần Đình Tuấn} <{email|tuantd.mel@gmail.com}> · Ngày: 25/01/2026 07:40",
            ),
            P(
                "Đã gửi {person_name|Hà} ảnh hộ chiếu rồi nhé. Lưu ý ngày sinh trên hộ chiếu của tớ là {date_of_birth|29/02/1988} chứ không phải 01/03 như trong sổ liên lạc ngày xưa, đặt vé nhớ điền đúng không hãng bắt lỗi. Tiền quỹ tớ chuyển qua Wise cho {person_name|Trang} rồi. Hẹn gặp cả lớp tháng 5!",
            ),
        ],
    },
    Doc {
        name: "don-de-nghi-tham-gap-pham-nhan",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("ĐƠN ĐỀ NGHỊ THĂM GẶP PHẠM NHÂN (nộp trực tuyến)"),
            P("Kính gửi: Ban Giám thị Trại giam Xuân Lộc"),
            P(
                "Tôi tên là {person_name|Nguyễn Thị Hồng}, sinh ngày {date_of_birth|12/06/1961}, căn cước số {vn.cccd|075161893847}, thường trú tại {vn.address|số 45/2 khu phố 3, phường Tân Phong, TP. Biên Hòa, tỉnh Đồng Nai}, điện thoại {vn.phone|0917 352 608}. Tôi là mẹ đẻ của phạm nhân {person_name|Lê Hoàng Nam}, sinh ngày {date_of_birth|30/04/1990}, đang chấp hành hình phạt 9 năm tù về tội \"Mua bán trái phép chất ma túy\" theo Bản án số 214/2022/HS-PT ngày 18/8/2022 của Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh, hiện ở Phân trại số 2, đội 15. Con tôi bị bắt ngày 05/01/2021, dự kiến chấp hành xong án vào tháng 01/2030.",
            ),
            P(
                "Tết Bính Ngọ năm nay là lần đầu tiên sau bốn năm cả nhà có thể đi thăm cháu đông đủ, nên tôi làm đơn này đề nghị Ban Giám thị cho gia đình được gặp phạm nhân {person_name|Nam} vào sáng ngày 14/02/2026 (27 tháng Chạp) và cho kéo dài thời gian gặp vì có người thân ở nước ngoài về. Những người cùng đi gồm:",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Năm sinh",
                    "Quan hệ với phạm nhân",
                    "Giấy tờ tùy thân",
                ],
                &[
                    "1",
                    "{person_name|Nguyễn Thị Hồng}",
                    "{date_of_birth|1961}",
                    "Mẹ đẻ",
                    "CCCD {vn.cccd|075161893847}",
                ],
                &[
                    "2",
                    "{person_name|Lê Văn Thanh}",
                    "{date_of_birth|1957}",
                    "Bố đẻ",
                    "CMND {vn.cmnd|271086542} (chưa đổi thẻ căn cước)",
                ],
                &[
                    "3",
                    "{person_name|Trần Thị Mỹ Duyên}",
                    "{date_of_birth|1993}",
                    "Vợ",
                    "CCCD {vn.cccd|075193985145}",
                ],
                &[
                    "4",
                    "{person_name|Lê Trần Gia Hân}",
                    "{date_of_birth|2016}",
                    "Con gái",
                    "Mã định danh {vn.cccd|075316013991}, đi cùng mẹ",
                ],
                &[
                    "5",
                    "{person_name|Lê Thị Hoàng Yến}",
                    "{date_of_birth|1995}",
                    "Em gái",
                    "Hộ chiếu {vn.passport|C2857140}, đang làm việc tại Đài Loan",
                ],
            ]),
            P(
                "Gia đình đi bằng xe ô tô 7 chỗ biển số {vn.licence_plate|60A-418.27} đứng tên con dâu tôi là {person_name|Duyên}, do cháu {person_name|Phạm Văn Lợi} (em họ của phạm nhân, GPLX hạng B số {vn.driving_licence|750183046219}) lái; cháu {person_name|Lợi} chỉ đưa đón, không vào gặp. Gia đình xin gửi cho phạm nhân 2.000.000 đồng vào tài khoản lưu ký và một số đồ dùng, thực phẩm theo danh mục trại cho phép.",
            ),
            P(
                "Cháu {person_name|Yến} về nước ngày 08/02/2026 và ngày 20/02/2026 phải quay lại Đài Loan làm việc; nếu ngày 14/02 trại không bố trí được thì xin cho cháu gặp anh trai vào một ngày khác trước ngày 20/02. Mọi liên hệ xin gọi cho tôi hoặc con dâu tôi số {vn.phone|0378 640 915}. Tôi cam đoan những người trên đúng là thân nhân của phạm nhân và sẽ chấp hành nghiêm nội quy trại giam. Biên Hòa, ngày 02/02/2026. Người làm đơn {person_name|Nguyễn Thị Hồng}.",
            ),
            P(
                "Thông tin hệ thống: đơn nộp qua Cổng dịch vụ công lúc 20:14:37 ngày 02/02/2026 từ địa chỉ IP {ip_address|171.252.83.140}, mã hồ sơ TGXL-260202-0318; tệp đính kèm: ảnh căn cước 03 người, ảnh hộ chiếu, giấy khai sinh của cháu {person_name|Gia Hân}.",
            ),
            P(
                "Ý kiến của Ban Giám thị: đồng ý cho phạm nhân {person_name|Lê Hoàng Nam} gặp 05 thân nhân lúc 8 giờ ngày 14/02/2026 tại nhà thăm gặp Phân trại số 2, thời gian gặp 2 giờ do có thân nhân ở nước ngoài về; người lái xe không vào khu thăm gặp. Điện thoại trực ban trại giam 0251 3872 164. Cán bộ tiếp nhận: Thượng úy {person_name|Hồ Thanh Phong}.",
            ),
        ],
    },
    Doc {
        name: "zalo-thue-giup-viec-qua-trung-tam",
        parts: &[
            P(
                "Zalo · Trò chuyện với \"Giúp Việc Hà Thành - CSKH\" · Trung tâm Giúp việc gia đình Hà Thành, MST 0114378250, 27 ngõ 1194 đường Láng, phường Láng, Hà Nội, hotline 1900 6842",
            ),
            P(
                "[08/01 20:05] {person_name|Bích Diệp}: Chào em, chị là {person_name|Ngô Bích Diệp}, cần tìm người giúp việc ở lại nhà, trông 2 bé (4 tuổi và 18 tháng) và nấu ăn. Nhà chị ở {vn.address|căn 1806 tòa S2.03, Vinhomes Ocean Park, xã Gia Lâm, Hà Nội}. Chị cần người khoảng 40-50 tuổi, có kinh nghiệm trông trẻ, biết đi xe máy để đưa đón bé lớn đi học.",
            ),
            P(
                "[08/01 20:11] CSKH ({person_name|Phương Thảo}): Dạ em chào chị {person_name|Diệp} ạ. Bên em đang có một chị rất phù hợp ạ: chị {person_name|Vi Thị Hường}, sinh ngày {date_of_birth|14/09/1976}, quê Thanh Hóa, đã làm 3 năm cho gia đình cô {person_name|Trịnh Thị Loan} ở khu Ciputra, trông hai bé sinh đôi từ lúc sơ sinh, nấu ăn ngon, có bằng lái xe máy. Chị ấy mong muốn lương 8,5tr/tháng, nghỉ 2 ngày/tháng ạ.",
            ),
            P(
                "[08/01 20:26] {person_name|Bích Diệp}: ok em, chi muon xem ho so cua chi {person_name|Huong}: anh CCCD, giay kham suc khoe, so dien thoai nha cu de chi goi hoi. Chi hoi ky ty vi nha chi 2 be con nho qua",
            ),
            P(
                "[08/01 20:40] CSKH ({person_name|Phương Thảo}): Dạ em gửi chị thông tin trong hồ sơ ạ: CCCD {vn.cccd|038176720671}, thường trú {vn.address|thôn Quang Trung, xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa}; bằng lái xe máy hạng A1 số {vn.driving_licence|380196418273}; người liên hệ khẩn cấp là chồng chị ấy, anh {person_name|Bùi Văn Tình}, {vn.phone|0339 574 012}. Số cô {person_name|Loan} nhà cũ: {vn.phone|0904 158 327}, cô dặn gọi sau 7h tối ạ. Giấy khám sức khỏe của Bệnh viện Đa khoa Đống Đa ngày 05/01/2026, không mắc bệnh truyền nhiễm ạ.",
            ),
            P(
                "[09/01 21:12] {person_name|Bích Diệp}: chi goi co {person_name|Loan} roi, co khen chi {person_name|Huong} lam. Chi chot nhe, cho chi ay den thu viec tu 12/1. Phi dich vu chi thanh toan the nao em?",
            ),
            P(
                "[09/01 21:20] CSKH ({person_name|Phương Thảo}): Dạ phí giới thiệu bằng 1 tháng lương, chị chuyển vào TK công ty Techcombank 19134875210011 - CONG TY TNHH GIUP VIEC HA THANH hoặc thanh toán thẻ qua link em gửi ạ. Bên em bảo hành đổi người trong 3 tháng. À chị {person_name|Hường} đang đóng BHXH tự nguyện, mã số {vn.social_insurance|3821047596}, thẻ BHYT hộ gia đình {vn.health_insurance_card|GD4383821047596}; nếu nhà mình muốn hỗ trợ chị ấy đóng tiếp thì bên em hướng dẫn ạ.",
            ),
            P(
                "[09/01 21:34] Hệ thống: Thanh toán thành công 8.500.000đ qua cổng VNPAY, thẻ 4213 **** **** 5589, mã giao dịch 26010998127.",
            ),
            P(
                "[31/01 19:45] {person_name|Huong Vi}: chi {person_name|Diep} oi em xin phep chi cho em nghi Tet tu 13/2 den 20/2 a. Chong em ra don em hom 13, di xe may bien so {vn.licence_plate|36-B1 472.08}, chi cho anh {person_name|Tinh} gui xe o ham nha minh mot dem duoc khong a",
            ),
            P(
                "[31/01 20:02] {person_name|Bích Diệp}: Được em, chị báo lễ tân rồi. Lương tháng 1 với thưởng Tết chị chuyển vào TK nào em?",
            ),
            P(
                "[31/01 20:05] {person_name|Huong Vi}: TK BIDV {vn.bank_account|50110000627493} ten {person_name|VI THI HUONG} a. Em cam on chi nhieu. Be {person_name|Khoi} dan em ve que mua cho be con ga dat 😄",
            ),
            P(
                "[31/01 20:10] {person_name|Bích Diệp}: Chị chuyển rồi nhé: 8.500.000đ lương + 2.000.000đ thưởng Tết. Chị {person_name|Hường} về quê nhớ nhắn chị lúc đến nơi.",
            ),
        ],
    },
    Doc {
        name: "bao-cao-su-co-chay-ham-chung-cu",
        parts: &[
            P("CÔNG TY CỔ PHẦN QUẢN LÝ VẬN HÀNH TÒA NHÀ SAO MAI · MST 0111275627"),
            P(
                "BAN QUẢN LÝ CHUNG CƯ SAO MAI TOWER - 312 Lạc Long Quân, phường Tây Hồ, Hà Nội · Hotline 024 3718 2290",
            ),
            P("Số: 07/BC-BQL · Hà Nội, ngày 19 tháng 01 năm 2026"),
            P("BÁO CÁO SỰ CỐ CHÁY TẠI TẦNG HẦM B1 RẠNG SÁNG NGÀY 18/01/2026"),
            P(
                "Kính gửi: Ban quản trị nhà chung cư Sao Mai Tower; Công an phường Tây Hồ; Đội Cảnh sát PCCC và CNCH khu vực Tây Hồ.",
            ),
            P(
                "Khoảng 01 giờ 35 phút ngày 18/01/2026, nhân viên bảo vệ trực camera là anh {person_name|Tạ Văn Khương} phát hiện khói bốc ra từ khu để xe đạp điện ở góc đông bắc tầng hầm B1. Anh {person_name|Khương} bấm chuông báo cháy, cùng anh {person_name|Lò Văn Sinh} (bảo vệ ca đêm) dùng 06 bình bột và vòi chữa cháy vách tường dập lửa, đồng thời gọi 114. Lúc 01 giờ 52 phút lực lượng Cảnh sát PCCC có mặt, đến 02 giờ 20 phút đám cháy được dập tắt hoàn toàn. Theo kết quả khám nghiệm sơ bộ, nguồn phát cháy là chiếc xe đạp điện đang sạc qua đêm của gia đình ông {person_name|Lã Văn Trung} (căn 1112).",
            ),
            P(
                "Khói theo ô thang bộ lan lên các tầng thấp. Bà {person_name|Phùng Thị Mão} (sinh năm {date_of_birth|1947}, căn 0703), sống cùng con trai là anh {person_name|Kiều Quang Minh}, bị ngạt khói nhẹ, được đưa đi cấp cứu tại Bệnh viện E, nhập viện lúc 02 giờ 40 phút bằng thẻ BHYT {vn.health_insurance_card|HT3010113846725}; sáng 19/01 bà đã ổn định. Anh {person_name|Minh} tạm đưa mẹ về ở nhà em gái tại {vn.address|số 22 ngõ 36 phố Văn Cao, phường Ngọc Hà, Hà Nội} đến khi căn hộ được vệ sinh xong. Cháu P.M.A. (9 tuổi, căn 0705) bị ho, đã được khám tại chỗ.",
            ),
            P(
                "Thiệt hại về tài sản: 01 xe đạp điện cháy hoàn toàn; 05 xe máy bị cháy hoặc hư hỏng, trong đó có xe của 02 hộ trong bảng dưới đây và xe máy giao hàng biển số 29-G1 073.15 của Công ty TNHH Giao vận Nhanh Thủ Đô gửi theo hợp đồng tháng; hệ thống dây điện, đèn chiếu sáng và 02 camera khu B1. Các hộ bị thiệt hại và đề nghị hỗ trợ:",
            ),
            T(&[
                &[
                    "Căn hộ",
                    "Chủ hộ",
                    "Điện thoại",
                    "Thiệt hại",
                    "Tài khoản nhận hỗ trợ",
                ],
                &[
                    "0703",
                    "{person_name|Phùng Thị Mão}",
                    "{vn.phone|0983 527 146} (anh {person_name|Minh}, con trai)",
                    "Căn hộ ám khói; chủ hộ ngạt khói nhẹ",
                    "Vietcombank {vn.bank_account|0021001873642} (TK của con trai)",
                ],
                &[
                    "1112",
                    "{person_name|Lã Văn Trung}",
                    "{vn.phone|0912 083 475}",
                    "Xe đạp điện cháy hoàn toàn (nguồn phát cháy)",
                    "Không nhận hỗ trợ, tự chịu chi phí vệ sinh hầm",
                ],
                &[
                    "0305",
                    "{person_name|Lục Minh Tuấn}",
                    "{vn.phone|0868 214 539}",
                    "Xe máy Honda SH biển số {vn.licence_plate|29-E1 562.08} cháy phần đuôi; mất giấy tờ trong cốp",
                    "Techcombank {vn.bank_account|19036571024018}",
                ],
                &[
                    "1508",
                    "{person_name|Hứa Thị Ngân}",
                    "{vn.phone|0358 907 461}",
                    "Xe máy Yamaha Grande biển số {vn.licence_plate|29-D1 418.73} cháy hoàn toàn",
                    "Vietinbank {vn.bank_account|101874226351}",
                ],
            ]),
            P(
                "Anh {person_name|Tuấn} (sinh năm {date_of_birth|1985}) báo mất chiếc ví để trong cốp xe, gồm căn cước số {vn.cccd|001085229650}, giấy phép lái xe số {vn.driving_licence|010185437291} và thẻ tín dụng {payment_card|5243 0141 9878 7795}; anh đã gọi ngân hàng khóa thẻ lúc 3 giờ sáng và đề nghị Ban quản lý xác nhận sự việc để làm lại giấy tờ. Ban quản lý đã trích xuất dữ liệu từ đầu ghi camera (địa chỉ nội bộ 192.168.10.20) giao cho Công an phường Tây Hồ.",
            ),
            P(
                "Đề xuất: (1) tạm dừng sạc xe điện trong hầm B1 cho đến khi lắp xong khu sạc riêng có sprinkler; (2) hỗ trợ mỗi hộ bị cháy xe 3.000.000 đồng từ quỹ dự phòng của Công ty, chuyển khoản theo danh sách trên; (3) làm việc với Tổng Công ty Bảo hiểm PVI theo Hợp đồng bảo hiểm cháy nổ bắt buộc số 26/HĐBH-PVI/0119; (4) cư dân muốn ủng hộ thêm xin chuyển vào tài khoản của Ban quản trị số 118002647391 tại Vietinbank (BAN QUAN TRI NCC SAO MAI TOWER).",
            ),
            P(
                "Nơi nhận: Như trên; Lưu: BQL. TRƯỞNG BAN QUẢN LÝ {person_name|Dương Thị Thanh Hương}, điện thoại {vn.phone|0979 145 302}",
            ),
        ],
    },
];
