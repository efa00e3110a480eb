//! An eighteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to death, accident, hearing and appointment dates and next to a pet's
//! birthday, and identifiers and addresses inside sentences; only the vet's record and the building
//! permit application (a form each) and the football team's registration (a table) have tables. The
//! kinds differ from the earlier sets' (a couple's application to adopt the wife's orphaned niece,
//! with the ward's verification record and its SMS, parents' letter of financial support for their
//! daughter's Australian student visa with the visa agent's e-mails, a provincial radio station's
//! archived transcript of a live legal-advice call-in programme with listeners' SMS typed without
//! diacritics, a vet clinic's record of a dog kept under observation after biting a neighbour's
//! child with the Zalo chat typed without diacritics, an amateur seven-a-side football team's
//! player registration with its Zalo group, a homeroom teacher's notebook on home visits to
//! ethnic-minority pupils of a mountain boarding school, a building permit application with the
//! neighbour's party-wall agreement, her son's e-mail and the ward's receipt and SMS, and a
//! newspaper's report of the trial of a rotating-savings (hụi) organiser who ran off with her
//! members' money). Every piece of personal data is marked `{detector|value}`: names after a title,
//! a calling word or a label (ông, bà, anh, chị, em, cháu, bé, cô, thầy, chú, ba, mẹ, bố, thằng,
//! BTV, LS, Luật sư, BS., BS. thú y, KTS., Thượng úy, Thẩm phán, Kiểm sát viên, Trưởng đoàn, bị
//! cáo) are marked without it; given names used alone after a first mention ("ông Định", "thầy
//! Định", "ba Định", "bà Liên", "cô Liên", "mẹ Liên", "cháu Trâm", "bé Trâm", "anh Khoa", "ông
//! Sáu", "ông Thắng", "bà Bích", "Minh Anh", "anh Phúc", "BTV Thanh Tâm", "cô Tâm", "chị Mộng
//! Tuyền", "chú Chín", "em Hân", "anh Phước", "ông Bé", "thằng Thành", "bà Tư", "BS. Thái", "chị
//! Gia Hân", "chị Hân", "chị H'Linh", "chị Vân", "chi Van", "be Khoi", "Vũ", "Nam", "Bách", "anh
//! Thắng", "bố Tiến", "Páo", "Pao", "anh Dế", "co Ha", "bà Ca", "Dín", "chị Máy", "Mai", "thầy
//! Chính", "bà Tuyết", "anh Loc", "Chi Diem", "Em Bao", "Hoa", "bà Bé Ba", "chị Trinh") are marked;
//! Zalo and e-mail display names of persons ("Gia Han Trinh", "Thanh Vân Đoàn", "Huy Nguyễn",
//! "Khánh Phan", "Quang Vũ", "Thắng Nguyễn", "Bách Cao", "Hồ Sỹ Nam", "Minh Anh Nguyen", "Bao
//! Nguyen") are marked as written, and so are ALL-CAPS and unaccented names (the daughter's name as
//! in her passport and in an e-mail subject, NGUYEN TRAN MINH ANH, signatures and a football team
//! list in capitals, account holders DOAN THI THANH VAN, NGUYEN DINH HUY, CAO XUAN BACH and LAM THI
//! BACH TUYET, the wards' SMS with TRUONG CONG DINH, VO THI KIM LIEN, VO NGOC BAO TRAM and HUYNH
//! VAN LOC, the headline's TRẦN THỊ KIM HOA, and "Nguyen Van Phuoc", "Tran Van Be", "Huynh Thi
//! Kieu", "Luc Thanh Tung" and "Lam Thi Ngoc" in messages). Judgement calls: names of Central
//! Highlands peoples whose first element marks the sex ("Y Nhi", a Xơ Đăng teacher; "H'Linh Mlô",
//! an Ê Đê helper) are marked whole, that element included, and "H'Linh" alone afterwards; southern
//! names built on birth order or pet words ("Lê Thị Út Nhỏ", "Lê Thị Bé Ba", "Tran Van Be") are
//! marked whole, and "Bé Ba" and "Bé" alone where they name the person ("bà Bé Ba", "ông Bé"); the
//! dead are marked like the living (the orphan's parents killed on a mountain pass, a caller's
//! father and son, a hụi member who died before the trial), and so are minors (the orphan, the
//! bitten boy, the pupils, a footballer born in 2008, a caller's grandson), with the
//! children's personal identification numbers marked as CCCDs, their BHYT cards (a TE1 card, a poor
//! household's HN card, a pupil's HS card) as health insurance cards and a fourteen-year-old girl's
//! Agribank account opened for a scholarship as a bank account; a year alone after "sinh năm" or
//! "SN" is marked as a date of birth; the two people whose names the hụi organiser wrote into her
//! book as sham members are marked; the coffee household business's tax code is marked as a
//! personal tax code (a household business is its owner), both times; the teacher's BHXH number is
//! marked as a social insurance number; the football captain's MB account, which is his mobile
//! number, is marked as a bank account where it is given as one and as a phone in the table; the
//! vet's own mobile, the homeroom teacher's, the visa agent's and the neighbourhood head's mobiles
//! and the number of a debt collector who harassed a listener are marked (persons' phones), and so
//! is each SMS sender's number in the radio's log and the mobile each ward's SMS went to, written
//! without spaces; the named visa agent's work e-mail is marked, the agency's "hoso@" mailbox and
//! the newspaper's "toasoan@" are not; the pet owner's IP address when she booked online and the IP
//! of the internet line at the hụi organiser's daughter's home are marked; the father's Visa number
//! his daughter pasted into an e-mail is marked as a payment card; the old nine-digit cards of a
//! 74-year-old listener (no longer valid since 2025) and of the elderly neighbour in the party-wall
//! agreement are marked as CMNDs; private vehicles are marked as plates (the parents' Fortuner, a
//! listener's son's motorbike, named twice, the pet owner's husband's car, a player's motorbike,
//! the team manager's family car, the teacher's motorbike, the hụi organiser's seized Mazda); the
//! house to be demolished and rebuilt is marked as an address because it is the family's home, both
//! in its new form and as the 2019 land certificate wrote it with the abolished quận Bình Thủy,
//! while the bare "nhà số 58/12" is not; addresses written the old way with districts and provinces
//! that no longer exist (thành phố Kon Tum, huyện Đăk Hà, tỉnh Kon Tum, huyện Cao Lãnh, huyện Lấp
//! Vò, huyện Si Ma Cai, huyện Châu Thành, tỉnh Bến Tre) are marked whole, with the notes after them
//! ("(nay là phường Kon Tum, tỉnh Quảng Ngãi)", "nay thuộc tỉnh Vĩnh Long", "(địa chỉ ghi trong học
//! bạ, ...)") left outside the mark; new two-level ones are marked whole, and so are a rented room,
//! villages with their commune and province where they are someone's home, an address typed without
//! diacritics in a chat and addresses holding streets named after people (Hùng Vương, Bà Triệu, Hai
//! Bà Trưng, Huỳnh Văn Lũy, Lương Định Của, Nguyễn Du, Phạm Hồng Thái, Trần Hưng Đạo). Left
//! unmarked on purpose: the pets (the poodle Mochi and the cat Bơ, typed "Bo") and their dates of
//! birth (the form's "Ngày sinh (theo sổ tiêm)" 15/10/2022 and "Bo sinh ngay 01/06/2024"), the
//! dog's microchip number 704098100245163 and the vaccine lot; people named only by a role ("cô
//! út", "ông cụ", the numbered listeners, the pupils' little siblings); a masked ID card ("đuôi
//! 4471"); organisation data (the coffee company's, the clinic's, the football sponsor's, the
//! designer's and the contractor's tax codes 5879827237, 0365255945, 2971727278, 1836268795 and
//! 1852601813, the clinic's mobile-format hotline 0901 868 247, landlines and hotlines 0255 3822
//! 146, 028 3823 6190, 0277 3851 919, 0238 3842 516, 0214 3796 113, 0292 3841 275 and 0270 3822
//! 716, the SMS short code 8079, the clinic's Techcombank account 19036874521018, the clinic's
//! address on Trần Não, role mailboxes), foreign phones (an Adelaide mobile +61 412 558 203, a
//! Canadian WhatsApp number +1 604 218 5573), company vehicles (a player's company pickup
//! 37C-198.46, the contractor's truck 65C-148.27), document and reference numbers (marriage
//! certificate 86, death extracts 27 and 28/TLKT-BS, guardianship extract 05/TLGH, adoption file
//! 12/2025 and certificate 03/2025, criminal record 1842/2025/LLTP, land certificates DĐ 428715, CY
//! 215846 and DA 517294 with register number CS 08214, parcels and map sheets, household business
//! registration 42A8012347, CRICOS code 00123M, CoE 0KX7R2M9A, OSHC policy 9120448761, IELTS TRF
//! 26VN004183NGUM007A, ImmiAccount TRN EGOBJ4K7X2, savings book AB 0718245, clinic file
//! PL-26-00518, the vet's certificate 0412/CCHN-TY, vaccination slip VX-260301-1187, report form
//! 07/BC-TY, insurance contract 26/BHTN-BM/0317, a pupil's ten-digit code on the education database
//! 1524035718, like a BHXH number, the architect's certificate CTH-00012863, dossier
//! H13.28-260210-0037, Decree 19/2019/NĐ-CP), shirt numbers, amounts, ages, areas and weights,
//! non-birth dates (accident, marriage, guardianship, verification, SMS, letter, course start,
//! passport expiry, biometrics, broadcast, bite and check-up, match, home visit, scholarship,
//! injury, agreement, filing, appointment, absconding, surrender and trial dates, and the end of
//! the old ID cards' validity 01/01/2025), ethnic groups, and places, schools, a scholarship, an
//! office, a shop and a Facebook page named after people outside an address (Trường THPT Trần Quốc
//! Tuấn, Trường THCS Nguyễn Du, Trường THCS Đặng Thai Mai, đường Nguyễn Huệ, the Vừ A Dính
//! scholarship named after a child martyr, Văn phòng Luật sư Mộng Tuyền named after the lawyer, who
//! is marked where she speaks, the household business "Cà phê Thắng Bích" named after the couple,
//! the page "Hụi Kim Hoa uy tín").

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_18: &[Doc] = &[
    Doc {
        name: "don-nhan-con-nuoi-va-bien-ban-xac-minh",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("ĐƠN XIN NHẬN CON NUÔI (dùng cho trường hợp nhận con nuôi trong nước)"),
            P("Kính gửi: Ủy ban nhân dân phường Cẩm Thành, tỉnh Quảng Ngãi."),
            P(
                "Chúng tôi là hai vợ chồng: ông {person_name|Trương Công Định}, sinh ngày {date_of_birth|14/07/1984}, căn cước số {vn.cccd|051084006213} do Cục Cảnh sát QLHC về TTXH cấp ngày 12/04/2021, giáo viên Trường THPT Trần Quốc Tuấn; và bà {person_name|Võ Thị Kim Liên}, sinh ngày {date_of_birth|02/12/1986}, căn cước số {vn.cccd|051186010457} cấp cùng ngày, nhân viên Bưu điện tỉnh Quảng Ngãi. Nơi cư trú: {vn.address|số 37 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi}. Điện thoại: {vn.phone|0914 526 380} (chồng), {vn.phone|0763 418 925} (vợ). Chúng tôi kết hôn năm 2011 (giấy chứng nhận kết hôn số 86, quyển số 01/2011), đến nay chưa có con chung.",
            ),
            P(
                "Chúng tôi xin nhận làm con nuôi cháu {person_name|Võ Ngọc Bảo Trâm}, sinh ngày {date_of_birth|19/08/2020} tại Bệnh viện Đa khoa tỉnh Kon Tum, số định danh cá nhân {vn.cccd|062320004726}, là con gái của anh {person_name|Võ Minh Khoa}, em ruột bà {person_name|Liên}. Anh {person_name|Khoa} sinh năm {date_of_birth|1990}, vợ anh là chị {person_name|Đinh Thị Thu Thủy}, sinh năm {date_of_birth|1993}. Sáng 23/02/2025, trên đường từ Kon Tum xuống Quảng Ngãi dự đám giỗ, xe máy của hai vợ chồng bị xe tải va chạm ở đèo Violắc, cả hai mất tại chỗ (trích lục khai tử số 27/TLKT-BS và 28/TLKT-BS). Hôm đó cháu gửi ở nhà ông bà nội nên không đi cùng.",
            ),
            P(
                "Từ tháng 3/2025, ông nội cháu là ông {person_name|Võ Văn Sáu}, sinh năm {date_of_birth|1957}, được Ủy ban nhân dân phường Quyết Thắng, thành phố Kon Tum đăng ký làm người giám hộ (trích lục đăng ký giám hộ số 05/TLGH). Ông bà nội cháu ở {vn.address|số 112 đường Bà Triệu, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum} (nay là phường Kon Tum, tỉnh Quảng Ngãi). Bà nội là bà {person_name|Lê Thị Hường} bị tai biến từ tháng 6/2025, liệt nửa người; ông {person_name|Sáu} năm nay 68 tuổi, vừa chăm bà vừa nuôi cháu không xuể. Ông bà cũng là cha mẹ đẻ của bà {person_name|Liên}, nên cả nhà thống nhất để vợ chồng chúng tôi nuôi cháu; ông đã ký văn bản đồng ý gửi kèm đơn này. Ông ngoại cháu là ông {person_name|Đinh Văn Lợi}, sinh năm {date_of_birth|1964}, ở {vn.address|thôn 4, xã Đăk Mar, huyện Đăk Hà, tỉnh Kon Tum}, cũng đồng ý bằng văn bản riêng.",
            ),
            P(
                "Cháu về ở với chúng tôi từ tháng 7/2025, đang học lớp Lá 2 Trường Mầm non Hoa Sen. Chúng tôi có nhà riêng, thu nhập ổn định, không thuộc trường hợp bị cấm nhận con nuôi. Chúng tôi xin giữ nguyên họ tên của cháu để cháu nhớ cha mẹ đẻ, và cam kết nuôi dưỡng, giáo dục cháu như con đẻ.",
            ),
            P(
                "Quảng Ngãi, ngày 08 tháng 9 năm 2025 · NGƯỜI NHẬN CON NUÔI {person_name|Trương Công Định} · {person_name|Võ Thị Kim Liên}",
            ),
            P(
                "ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH · BIÊN BẢN XÁC MINH điều kiện của người nhận con nuôi và hoàn cảnh của trẻ em được nhận làm con nuôi",
            ),
            P(
                "Hồi 8 giờ 30 phút ngày 22/9/2025, tại nhà của người xin nhận con nuôi, chúng tôi gồm bà {person_name|Phạm Thị Hồng Nhung}, công chức tư pháp - hộ tịch phường, và ông {person_name|Huỳnh Tấn Lực}, Tổ trưởng tổ dân phố số 6, tiến hành xác minh hồ sơ nhận con nuôi số 12/2025. Có mặt hai vợ chồng người xin nhận con nuôi và cháu bé.",
            ),
            P(
                "1. Nhà ở: nhà hai tầng trên thửa đất 96 m2 (giấy chứng nhận số DĐ 428715 đứng tên hai vợ chồng), cháu có phòng ngủ riêng, có góc học tập. 2. Thu nhập: lương của ông {person_name|Định} khoảng 14 triệu đồng/tháng, chuyển vào tài khoản Vietcombank số {vn.bank_account|0531000472816} (đã xem sao kê 6 tháng gần nhất); bà {person_name|Liên} có xác nhận lương của Bưu điện tỉnh, khoảng 9,5 triệu đồng/tháng. 3. Sức khỏe: giấy khám sức khỏe do Bệnh viện Đa khoa tỉnh cấp ngày 05/9/2025 kết luận đủ sức khỏe. 4. Phiếu lý lịch tư pháp số 1842/2025/LLTP của hai ông bà: không có án tích.",
            ),
            P(
                "5. Ý kiến của hàng xóm: bà {person_name|Nguyễn Thị Mười}, sinh năm {date_of_birth|1960}, ở {vn.address|số 35 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi}, cho biết: \"Vợ chồng thầy {person_name|Định} hiền lành, từ ngày bé {person_name|Trâm} về, sáng nào cô {person_name|Liên} cũng chở bé đi học rồi mới đi làm. Có bữa bé sốt nửa đêm, thầy qua gõ cửa nhờ tôi coi bé để chạy đi mua thuốc.\"",
            ),
            P(
                "6. Ý kiến của cô giáo cũ của cháu ở Kon Tum, cô {person_name|Y Nhi} (người Xơ Đăng), qua điện thoại số {vn.phone|0395 216 047}: mấy tháng đầu sau tai nạn cháu hay khóc đòi mẹ, ít nói; cô thấy cháu thân với cô ruột từ trước vì hè nào bà {person_name|Liên} cũng lên Kon Tum đón cháu về chơi. Cháu {person_name|Trâm} trả lời cán bộ xác minh: \"Con ở với ba {person_name|Định} mẹ {person_name|Liên}, con thích ở đây, cuối tuần ba chở con lên thăm ông nội\".",
            ),
            P(
                "7. Cháu có thẻ BHYT trẻ em dưới 6 tuổi số {vn.health_insurance_card|TE1626220047263}, nơi đăng ký khám chữa bệnh ban đầu đã chuyển về Trạm Y tế phường Cẩm Thành. Hồ sơ có đủ văn bản đồng ý của người giám hộ và của ông ngoại, bản sao trích lục khai tử của cha mẹ đẻ cháu.",
            ),
            P(
                "Kết luận: vợ chồng ông bà có đủ điều kiện nhận con nuôi; cháu mồ côi cả cha lẫn mẹ, thuộc diện được nhận làm con nuôi. Đề nghị Chủ tịch Ủy ban nhân dân phường xem xét đăng ký việc nuôi con nuôi. Biên bản lập xong lúc 10 giờ 20 phút, đã đọc lại cho những người có mặt cùng nghe. CÔNG CHỨC TƯ PHÁP - HỘ TỊCH {person_name|Phạm Thị Hồng Nhung} · TỔ TRƯỞNG TỔ DÂN PHỐ {person_name|Huỳnh Tấn Lực}",
            ),
            P(
                "Tin nhắn gửi đến số {vn.phone|0914526380} ngày 14/10/2025: \"UBND P.Cam Thanh: Viec nuoi con nuoi giua ong {person_name|TRUONG CONG DINH}, ba {person_name|VO THI KIM LIEN} va chau {person_name|VO NGOC BAO TRAM} da duoc dang ky. Moi ong ba den nhan Giay chung nhan nuoi con nuoi so 03/2025 luc 8h ngay 15/10/2025 tai Bo phan Mot cua. LH 0255 3822 146\"",
            ),
        ],
    },
    Doc {
        name: "thu-bao-lanh-tai-chinh-du-hoc-va-email",
        parts: &[
            P("THƯ BẢO LÃNH TÀI CHÍNH · LETTER OF FINANCIAL SUPPORT"),
            P(
                "Kính gửi: Bộ Nội vụ Úc (Department of Home Affairs) · Lâm Đồng, ngày 05 tháng 5 năm 2026",
            ),
            P(
                "Chúng tôi là ông {person_name|Nguyễn Hữu Thắng}, sinh ngày {date_of_birth|11/03/1974}, hộ chiếu số {vn.passport|C8147265}, căn cước số {vn.cccd|068074001582}, và bà {person_name|Trần Thị Ngọc Bích}, sinh ngày {date_of_birth|27/09/1977}, hộ chiếu số {vn.passport|C9035418}, căn cước số {vn.cccd|068177003946}, cùng thường trú tại {vn.address|số 24/3 đường Hai Bà Trưng, phường Cam Ly - Đà Lạt, tỉnh Lâm Đồng}. Chúng tôi là cha mẹ đẻ của {person_name|NGUYỄN TRẦN MINH ANH} (tên trên hộ chiếu: {person_name|NGUYEN TRAN MINH ANH}), sinh ngày {date_of_birth|03/05/2007}, hộ chiếu số {vn.passport|C7620913}, người nộp đơn xin thị thực du học (subclass 500) để theo học chương trình Cử nhân Thương mại (Bachelor of Commerce) tại The University of Adelaide (mã CRICOS 00123M), khai giảng ngày 27/07/2026 theo Xác nhận nhập học (CoE) số 0KX7R2M9A.",
            ),
            P(
                "Chúng tôi cam kết chi trả toàn bộ học phí (khoảng 48.500 AUD mỗi năm), sinh hoạt phí, bảo hiểm y tế du học sinh (OSHC, hợp đồng số 9120448761), vé máy bay và mọi chi phí khác của con trong suốt thời gian học tập tại Úc. Nguồn tài chính của gia đình gồm:",
            ),
            P(
                "1. Thu nhập kinh doanh: ông {person_name|Thắng} là chủ hộ kinh doanh Cà phê Thắng Bích (giấy chứng nhận đăng ký hộ kinh doanh số 42A8012347, mã số thuế {vn.tax_code|8217533777}), rang xay và bán cà phê Arabica Cầu Đất; doanh thu năm 2025 khoảng 3,2 tỷ đồng, thu nhập sau thuế khoảng 960 triệu đồng. Ông đồng thời góp 30% vốn điều lệ của Công ty TNHH Nông sản Cầu Đất Xanh (mã số thuế 5879827237) và được chia lợi nhuận hằng năm.",
            ),
            P(
                "2. Thu nhập từ lương: bà {person_name|Bích} là giáo viên Trường THCS Nguyễn Du, phường Xuân Hương - Đà Lạt, lương và phụ cấp khoảng 12.800.000 đồng/tháng, đóng bảo hiểm xã hội từ năm 2000, mã số BHXH {vn.social_insurance|6800214735}; lương chuyển vào tài khoản Agribank số {vn.bank_account|5400205217386} đứng tên bà.",
            ),
            P(
                "3. Tiền gửi: 2.150.000.000 đồng tiền gửi tiết kiệm kỳ hạn 12 tháng tại Vietcombank chi nhánh Lâm Đồng đứng tên ông {person_name|Thắng} (sổ tiết kiệm sê-ri AB 0718245, đáo hạn ngày 05/11/2026) và tài khoản thanh toán số {vn.bank_account|0121000683294} tại cùng ngân hàng, số dư bình quân 6 tháng gần nhất khoảng 410 triệu đồng.",
            ),
            P(
                "4. Tài sản: nhà và đất tại địa chỉ thường trú nêu trên (giấy chứng nhận số CY 215846, thửa đất số 118, tờ bản đồ số 24); 1,2 ha vườn cà phê ở khu vực Cầu Đất; xe ô tô Toyota Fortuner biển số {vn.licence_plate|49A-512.38} đứng tên bà {person_name|Bích}.",
            ),
            P(
                "Năm học đầu con chúng tôi ở ký túc xá của trường. Cô ruột của cháu là bà {person_name|Nguyễn Thị Thu Hằng}, sinh năm {date_of_birth|1979}, đã nhập quốc tịch Úc và sống ở Adelaide từ năm 2004, sẵn sàng giúp đỡ cháu khi cần (điện thoại +61 412 558 203). Chúng tôi cam đoan các thông tin trên là đúng sự thật và gửi kèm bản sao các giấy tờ chứng minh. Mọi liên hệ xin gửi về thư điện tử {email|thang.caphecaudat@gmail.com} hoặc số {vn.phone|0913 682 417} (ông {person_name|Thắng}), {vn.phone|0978 305 126} (bà {person_name|Bích}).",
            ),
            P("NGƯỜI BẢO LÃNH · {person_name|NGUYỄN HỮU THẮNG} · {person_name|TRẦN THỊ NGỌC BÍCH}"),
            P(
                "E-mail · Từ: {person_name|Lê Hoàng Phúc} <{email|phuc.lh@anzstudy.edu.vn}> · Đến: {email|thang.caphecaudat@gmail.com} · Cc: {email|minhanh.nguyentran07@gmail.com}, hoso@anzstudy.edu.vn · 07/05/2026 09:12 · Tiêu đề: Ho so visa 500 - {person_name|NGUYEN TRAN MINH ANH} - bo sung",
            ),
            P(
                "Chào anh chị, em đã nhận thư bảo lãnh và hồ sơ tài chính. Để hồ sơ của cháu chắc chắn hơn, anh chị bổ sung giúp em: (1) sao kê tài khoản {vn.bank_account|0121000683294} có dấu của ngân hàng và bản dịch công chứng; (2) tờ khai thuế năm 2025 của hộ kinh doanh, mã số thuế {vn.tax_code|8217533777}, in từ trang thuế điện tử; (3) kết quả IELTS (số TRF 26VN004183NGUM007A) em đã có. Hộ chiếu của anh hết hạn ngày 02/08/2026; hồ sơ visa của con không cần, nhưng nếu anh chị định sang dự lễ nhập học thì nên làm hộ chiếu mới ngay. Hồ sơ đã tạo trên ImmiAccount, mã TRN EGOBJ4K7X2; phí xét visa 2.000 AUD anh chị thanh toán trực tiếp trên trang của Bộ Nội vụ Úc. Em đã đặt lịch lấy sinh trắc học cho cháu tại VFS Global TP. Hồ Chí Minh lúc 9 giờ 30 ngày 15/05/2026. Việc gấp anh chị gọi em số {vn.phone|0906 471 852}, đừng gọi số văn phòng 028 3823 6190 vì em hay đi tư vấn ở các trường.",
            ),
            P(
                "E-mail · Từ: {person_name|Minh Anh Nguyen} <{email|minhanh.nguyentran07@gmail.com}> · Đến: {email|phuc.lh@anzstudy.edu.vn} · 07/05/2026 21:47 · Tiêu đề: Re: Ho so visa 500 - {person_name|NGUYEN TRAN MINH ANH} - bo sung",
            ),
            P(
                "Dạ em chào anh {person_name|Phúc}, bố em đang ở vườn nên em trả lời thay ạ. Em gửi kèm sao kê có dấu ngân hàng và bản dịch. Em xin đổi lịch sinh trắc học sang chiều 15/05 vì buổi sáng em còn kiểm tra cuối kỳ ở Trường THPT chuyên Thăng Long ạ. Phí visa em đóng bằng thẻ Visa của bố rồi, số thẻ {payment_card|4296 0888 7810 9461}, nếu trang báo lỗi anh xem giúp em với. Số điện thoại của em là {vn.phone|0338 617 204}. Em cảm ơn anh.",
            ),
            P(
                "E-mail · Từ: {person_name|Lê Hoàng Phúc} · 08/05/2026 08:03 · Em nhận được rồi nhé {person_name|Minh Anh}, biên lai phí visa đã có trong ImmiAccount. Lần sau em đừng gửi số thẻ qua e-mail, bố em nên gọi ngân hàng xin đổi thẻ cho an toàn. Lịch sinh trắc học đã dời sang 14 giờ ngày 15/05/2026.",
            ),
        ],
    },
    Doc {
        name: "ban-ghi-chuong-trinh-tu-van-phap-luat-tren-song",
        parts: &[
            P("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP · BAN CHUYÊN ĐỀ"),
            P(
                "BẢN GHI LỜI chương trình \"Luật sư của bạn\" phát trực tiếp trên sóng phát thanh lúc 20 giờ thứ Ba, ngày 10/03/2026 · Lưu trữ nội bộ, không đăng nguyên văn lên trang điện tử",
            ),
            P(
                "Người dẫn: BTV {person_name|Huỳnh Thanh Tâm}. Khách mời: Luật sư {person_name|Nguyễn Thị Mộng Tuyền}, Văn phòng Luật sư Mộng Tuyền, Đoàn Luật sư tỉnh Đồng Tháp. Đường dây nóng trong giờ phát sóng: 0277 3851 919; nhắn tin: soạn LS gửi 8079.",
            ),
            P(
                "BTV {person_name|Thanh Tâm}: Kính chào quý thính giả. Tối nay chị {person_name|Mộng Tuyền} tiếp tục cùng chúng ta giải đáp các thắc mắc về thừa kế, vay mượn và giao thông. Đường dây đã có người chờ, xin mời chú.",
            ),
            P(
                "Thính giả 1: Alo, chào cô {person_name|Tâm}, chào luật sư. Tôi tên {person_name|Lê Văn Chín}, năm nay 61 tuổi, nhà ở {vn.address|ấp Mỹ Thạnh, xã Mỹ Hiệp, huyện Cao Lãnh, tỉnh Đồng Tháp}. Tía tôi là ông {person_name|Lê Văn Hai}, mất năm 2019, không để di chúc. Tía để lại bốn công ruộng với cái nền nhà, sổ đỏ đứng tên tía. Anh em tôi năm người, bốn người chịu để tôi đứng tên vì tôi ở nuôi má tới lúc má mất, còn con em út là {person_name|Lê Thị Út Nhỏ} lấy chồng lên Bình Dương, nó không chịu ký, đòi bán chia đều. Vậy tôi có làm sổ được không luật sư?",
            ),
            P(
                "LS {person_name|Mộng Tuyền}: Dạ chào chú {person_name|Chín}. Ông cụ mất không để lại di chúc thì di sản chia theo pháp luật, năm anh em chú cùng hàng thừa kế thứ nhất, mỗi người một phần bằng nhau. Muốn một mình chú đứng tên thì cần văn bản thỏa thuận phân chia di sản có đủ chữ ký của cả năm người, hoặc những người kia lập văn bản từ chối nhận di sản. Cô út không đồng ý thì chú có thể yêu cầu Tòa án nhân dân khu vực chia thừa kế; thời hiệu yêu cầu chia di sản đối với bất động sản là 30 năm, tính từ năm 2019 nên chú còn thời gian. Chú nên thương lượng trước, có thể đề nghị trả cho cô út giá trị phần của cô ấy.",
            ),
            P(
                "BTV: Chú {person_name|Chín} để lại số điện thoại để văn phòng luật sư gọi lại hướng dẫn giấy tờ nha chú. — Thính giả 1: Số tôi {vn.phone|0919 427 306}, cô gọi giờ trưa giùm, sáng tôi ra ruộng.",
            ),
            P(
                "Thính giả 2: Dạ em chào chị {person_name|Tâm}. Em tên {person_name|Đặng Thị Ngọc Hân}, sinh năm {date_of_birth|1996}, quê Lấp Vò, đang làm công nhân và ở trọ tại {vn.address|phòng 12, số 47/8 đường Huỳnh Văn Lũy, phường Phú Lợi, Thành phố Hồ Chí Minh}. Hồi tháng 11 năm rồi chị {person_name|Võ Thị Diễm} ở cùng dãy trọ mượn căn cước của em nói để đăng ký sim, ai dè chỉ lấy hình căn cước đi vay tiền qua mấy cái ứng dụng, giờ bên đòi nợ gọi em cả chục cuộc mỗi ngày, còn đăng hình em lên Facebook nói em lừa đảo. Số gọi em nhiều nhất là {vn.phone|0587 113 942}. Căn cước em đuôi 4471 đó chị, em có phải trả nợ không?",
            ),
            P(
                "LS: Em {person_name|Hân} không ký hợp đồng vay, không nhận tiền thì em không có nghĩa vụ trả. Em làm đơn trình báo Công an phường Phú Lợi, gửi kèm ảnh chụp tin nhắn, nhật ký cuộc gọi và bài đăng; việc đăng hình, bôi nhọ người khác có thể bị xử phạt hành chính hoặc truy cứu trách nhiệm hình sự về tội Làm nhục người khác. Người mượn giấy tờ của em để vay cũng có thể phạm tội Lừa đảo chiếm đoạt tài sản.",
            ),
            P(
                "Thính giả 2: Dạ, mà tụi nó gọi cả mẹ em nữa. Mẹ em là {person_name|Trần Thị Lệ}, ở {vn.address|ấp Bình Hiệp A, xã Bình Thạnh Trung, huyện Lấp Vò, tỉnh Đồng Tháp}, số của mẹ {vn.phone|0839 254 617}, mẹ em sợ quá tối không dám ngủ. — BTV: Chị {person_name|Hân} yên tâm, đài sẽ chuyển số máy kia cho cơ quan công an. Cảm ơn chị.",
            ),
            P(
                "BTV: Xin đọc một số tin nhắn gửi về tổng đài 8079 (bản ghi giữ nguyên như hệ thống xuất ra, không dấu):",
            ),
            P(
                "Tu so {vn.phone|0368 245 197}: LS cho hoi, toi ten {person_name|Nguyen Van Phuoc} o Sa Dec, nam 2022 toi cho ong {person_name|Tran Van Be} muon 200 trieu co giay viet tay, qua han 2 nam khong tra, nay ong do ban nha roi, toi kien duoc khong",
            ),
            P(
                "Tu so {vn.phone|0909 615 473}: cho hoi xe may bien so {vn.licence_plate|66-K1 258.41} cua con toi bi CSGT tam giu 7 ngay vi con toi quen mang bang lai (bang A1 so {vn.driving_licence|870206154823}). het 7 ngay len lay xe thi bi doi giay to chinh chu ma dang ky xe van ten chu cu la ba {person_name|Huynh Thi Kieu}, gio phai lam sao",
            ),
            P(
                "LS: Anh {person_name|Phước}: giấy viết tay vẫn là chứng cứ của hợp đồng vay; anh gửi đơn khởi kiện đến Tòa án nơi ông {person_name|Bé} cư trú, kèm giấy mượn tiền và tin nhắn đòi nợ; nếu có căn cứ ông ấy bán nhà để tẩu tán tài sản, anh có thể yêu cầu Tòa áp dụng biện pháp khẩn cấp tạm thời. Còn chiếc xe {vn.licence_plate|66-K1 258.41}: người mua xe mang giấy mua bán xe ra Đội CSGT để được giải quyết, rồi làm thủ tục sang tên cho đúng quy định.",
            ),
            P(
                "Thính giả 3: Alo, cô ơi, tôi là {person_name|Nguyễn Thị Tư}, 74 tuổi, ở {vn.address|số 41/3 khóm 2, phường Sa Đéc, tỉnh Đồng Tháp}. Tôi muốn làm giấy để lại căn nhà cho thằng cháu nội là {person_name|Nguyễn Hoàng Phúc}, nó sinh ngày {date_of_birth|21/06/2009}, chưa đủ 18 tuổi; ba nó là con trai tôi, thằng {person_name|Thành}, mất năm 2021 hồi dịch. Cháu nhỏ vậy có đứng tên được không cô? Mà tôi còn xài chứng minh nhân dân cũ số {vn.cmnd|341285917}, có làm giấy tờ được không?",
            ),
            P(
                "LS: Dạ thưa bà {person_name|Tư}, bà lập di chúc để lại nhà cho cháu được, người chưa thành niên vẫn được hưởng di sản, khi cháu chưa đủ 18 tuổi thì mẹ cháu là người đại diện quản lý. Nếu bà muốn cho ngay thì làm hợp đồng tặng cho, mẹ cháu ký thay. Chứng minh nhân dân 9 số đã hết giá trị sử dụng từ ngày 01/01/2025, bà ra Công an phường làm căn cước trước, rồi tới Phòng Công chứng số 1 trên đường Nguyễn Huệ để công chứng; bà đi lại khó khăn thì công chứng viên có thể tới nhà.",
            ),
            P(
                "BTV: Chương trình tối nay nhận 9 cuộc gọi và 37 tin nhắn; các câu hỏi chưa kịp trả lời sẽ được Văn phòng Luật sư Mộng Tuyền gọi lại trong tuần. Hẹn gặp lại quý thính giả 20 giờ thứ Ba tuần sau. — Người ghi: {person_name|Trương Mỹ Duyên}, kỹ thuật viên tổng đài.",
            ),
        ],
    },
    Doc {
        name: "ho-so-thu-y-cho-can-nguoi-va-zalo",
        parts: &[
            P(
                "PHÒNG KHÁM THÚ Y PETLOVE AN KHÁNH · 86 Trần Não, phường An Khánh, TP. Hồ Chí Minh · Hotline/Zalo 0901 868 247 · MST 0365255945",
            ),
            P("HỒ SƠ THEO DÕI THÚ CƯNG SAU KHI CẮN NGƯỜI · Mã hồ sơ PL-26-00518"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Chủ nuôi", "{person_name|Trịnh Gia Hân}"],
                &["Điện thoại (Zalo)", "{vn.phone|0938 415 276}"],
                &["Email", "{email|giahan.trinh.92@gmail.com}"],
                &[
                    "Địa chỉ",
                    "{vn.address|số 14 đường Lương Định Của, phường An Khánh, TP. Hồ Chí Minh}",
                ],
                &[
                    "Đặt lịch",
                    "Trực tuyến qua website, 01/03/2026 21:47, IP {ip_address|171.243.118.62}",
                ],
                &["Tên thú cưng", "Mochi"],
                &["Loài, giống, giới", "Chó Poodle Tiny, đực, màu nâu đỏ"],
                &["Ngày sinh (theo sổ tiêm)", "15/10/2022"],
                &["Cân nặng", "3,4 kg"],
                &["Số microchip", "704098100245163"],
                &[
                    "Tiêm phòng dại gần nhất",
                    "20/05/2025, vắc-xin Rabisin lô L482913",
                ],
                &[
                    "Bác sĩ phụ trách",
                    "BS. thú y {person_name|Lâm Quốc Thái}, chứng chỉ hành nghề số 0412/CCHN-TY",
                ],
            ]),
            P(
                "Bệnh sử (BS. {person_name|Thái} ghi ngày 02/03/2026): Khoảng 17 giờ ngày 01/03/2026, người giúp việc của chị {person_name|Gia Hân} là chị {person_name|H'Linh Mlô} dắt Mochi đi dạo trong hẻm, chó giật tuột dây, chạy tới cắn vào bắp chân bé {person_name|Phạm Minh Khôi}, 6 tuổi, con nhà hàng xóm đang chơi xe đạp; vết cắn rách da, chảy máu. Mẹ bé là chị {person_name|Đoàn Thị Thanh Vân} rửa vết thương bằng xà phòng rồi đưa bé đến Viện Pasteur TP. Hồ Chí Minh tiêm vắc-xin phòng dại ngay tối hôm đó. Chị {person_name|H'Linh} kể Mochi hay sủa người lạ nhưng chưa cắn ai bao giờ.",
            ),
            P(
                "Khám lúc 8 giờ 15 ngày 02/03/2026: thân nhiệt 38,6 độ C, ăn uống bình thường, phản xạ tốt, không chảy dãi, không có biểu hiện thần kinh; sổ tiêm cho thấy đã tiêm phòng dại hằng năm từ 2023. Chỉ định: nhốt riêng, theo dõi tại nhà đủ 10 ngày, tái khám ngày 06/03 và 11/03; báo cáo Trạm Chăn nuôi và Thú y khu vực theo mẫu 07/BC-TY.",
            ),
            P(
                "Trích tin nhắn Zalo giữa tài khoản \"Thú y PetLove An Khánh\" và khách hàng (khách gõ không dấu):",
            ),
            P(
                "[02/03 21:14] {person_name|Gia Han Trinh}: bac si oi, toi nay Mochi an it hon moi khi, nam im mot cho, co sao khong a? e lo qua, be nha ben mai tiem mui 2 roi",
            ),
            P(
                "[02/03 21:20] Thú y PetLove An Khánh: Chào chị {person_name|Hân}, bé bị nhốt lồng nên buồn, chị cứ theo dõi. Nếu bé sủa khàn, chảy dãi, cắn bậy hay sợ nước thì gọi ngay BS. {person_name|Thái} số {vn.phone|0933 218 574} nhé, ngoài giờ bác sĩ vẫn nghe máy.",
            ),
            P(
                "[03/03 08:05] {person_name|Gia Han Trinh}: nha be {person_name|Khoi} de nghi ho tro tien tiem va vien phi 4tr2, e chuyen vao stk Vietcombank {vn.bank_account|1034782615} ten {person_name|DOAN THI THANH VAN} roi. chi {person_name|Van} nho phong kham gui giay xac nhan cho nha e da tiem phong dai, de ben Pasteur xem be co duoc ngung tiem som khong",
            ),
            P(
                "[03/03 08:30] Thú y PetLove An Khánh: Dạ phòng khám gửi chị bản chụp sổ tiêm và giấy xác nhận ạ. Chị {person_name|Vân} cần hỏi thêm thì gọi hotline của phòng khám.",
            ),
            P(
                "[03/03 09:02] Tin nhắn từ {person_name|Thanh Vân Đoàn}: chao phong kham, minh la me be {person_name|Khoi}, be sinh ngay {date_of_birth|09/12/2019}, phieu tiem so VX-260301-1187 o Vien Pasteur. bac si ben do noi neu cho khoe manh het 10 ngay thi be ngung sau mui 3. co ket qua theo doi phong kham gui giup minh qua mail {email|thanhvan.doan87@gmail.com} hoac sdt {vn.phone|0772 604 319} nha",
            ),
            P(
                "[06/03 10:12] Thú y PetLove An Khánh: Tái khám lần 1: Mochi khỏe, ăn tốt. Chị {person_name|Hân} chưa thanh toán phí theo dõi 350.000 đ, chị chuyển khoản vào tài khoản công ty số 19036874521018 tại Techcombank (Công ty TNHH Dịch vụ Thú y PetLove), nội dung PL-26-00518 giúp em.",
            ),
            P(
                "[06/03 10:40] {person_name|Gia Han Trinh}: e chuyen roi a. mai chong e la {person_name|Luc Thanh Tung} dua ca be meo Bo qua tiem nhac lai luon, Bo sinh ngay 01/06/2024 nha. xe anh ay la xe 7 cho bien {vn.licence_plate|51H-427.85}, cho e gui truoc cua phong kham 30 phut duoc khong a",
            ),
            P(
                "[11/03 09:30] Thú y PetLove An Khánh: Kết thúc 10 ngày theo dõi: Mochi khỏe mạnh, không có dấu hiệu bệnh dại. Phòng khám đã gửi kết quả cho chị {person_name|Gia Hân} và cho chị {person_name|Vân} qua e-mail {email|thanhvan.doan87@gmail.com}. Chúc hai gia đình nhiều sức khỏe.",
            ),
        ],
    },
    Doc {
        name: "dang-ky-giai-bong-da-san-7-va-nhom-zalo",
        parts: &[
            P(
                "GIẢI BÓNG ĐÁ NAM SÂN 7 PHƯỜNG TRƯỜNG VINH MỞ RỘNG LẦN THỨ III - NĂM 2026 · Nhà tài trợ: Công ty CP Nước khoáng Sông Lam (MST 2971727278)",
            ),
            P(
                "DANH SÁCH ĐĂNG KÝ CẦU THỦ · Đội: FC Bến Thủy · Nộp về Ban Tổ chức tại Nhà văn hóa phường (ĐT 0238 3842 516) trước ngày 20/03/2026",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số CCCD",
                    "Điện thoại",
                    "Số áo",
                    "Ghi chú",
                ],
                &[
                    "1",
                    "{person_name|NGUYỄN ĐÌNH HUY}",
                    "{date_of_birth|12/04/1995}",
                    "{vn.cccd|040095008731}",
                    "{vn.phone|0985 204 317}",
                    "10",
                    "Đội trưởng",
                ],
                &[
                    "2",
                    "{person_name|HỒ SỸ NAM}",
                    "{date_of_birth|25/07/2000}",
                    "{vn.cccd|040200009417}",
                    "{vn.phone|0869 352 140}",
                    "7",
                    "",
                ],
                &[
                    "3",
                    "{person_name|PHAN ĐÌNH KHÁNH}",
                    "{date_of_birth|18/01/1993}",
                    "{vn.cccd|042093004826}",
                    "{vn.phone|0912 537 608}",
                    "4",
                    "Tạm trú",
                ],
                &[
                    "4",
                    "{person_name|LÊ QUANG VŨ}",
                    "{date_of_birth|30/09/2003}",
                    "{vn.cccd|040203012573}",
                    "{vn.phone|0372 618 905}",
                    "9",
                    "CCCD đang cấp lại",
                ],
                &[
                    "5",
                    "{person_name|CAO XUÂN BÁCH}",
                    "{date_of_birth|09/08/1999}",
                    "{vn.cccd|040099013856}",
                    "{vn.phone|0828 465 093}",
                    "8",
                    "",
                ],
            ]),
            P(
                "Trưởng đoàn: {person_name|Nguyễn Văn Thắng} ({vn.phone|0944 271 635}) · Đội trưởng: {person_name|Nguyễn Đình Huy}",
            ),
            P("Nhóm Zalo \"FC BẾN THỦY ⚽ 2026\" · trích tin nhắn từ 14/03 đến 29/03/2026"),
            P(
                "[14/03 21:02] {person_name|Huy Nguyễn}: Anh em gửi ảnh CCCD 2 mặt cho t trước thứ 4 để t làm danh sách nộp BTC nha. Lệ phí 3 triệu/đội, mỗi đứa góp 300k vào stk MB {vn.bank_account|0985204317} (số đt t luôn), chủ tk {person_name|NGUYEN DINH HUY}.",
            ),
            P(
                "[14/03 21:10] {person_name|Khánh Phan}: cccd cua t van de que Ha Tinh, BTC co cho da khong? t o tro {vn.address|phong 5, so 18 ngo 4 duong Nguyen Du, phuong Truong Vinh, Nghe An} 3 nam roi",
            ),
            P(
                "[14/03 21:15] {person_name|Huy Nguyễn}: Điều lệ ghi ai không thường trú ở phường thì phải có xác nhận tạm trú, mày lên Công an phường Trường Vinh xin giấy xác nhận thông tin cư trú nhé. Còn {person_name|Vũ} sao chưa gửi?",
            ),
            P(
                "[14/03 22:40] {person_name|Quang Vũ}: cccd e mat roi anh oi, dang lam lai, so van giu nguyen. e gui tam anh giay hen cua cong an voi bang lai xe may so {vn.driving_licence|400203154829} duoc khong",
            ),
            P(
                "[15/03 08:12] {person_name|Thắng Nguyễn}: Anh em ơi, tôi có đứa em họ là {person_name|Nguyễn Văn Tiến}, sinh năm {date_of_birth|2008}, đá cánh trái hay lắm, cho vào danh sách bổ sung được không, CCCD của nó {vn.cccd|040208010294}.",
            ),
            P(
                "[15/03 08:20] {person_name|Huy Nguyễn}: Điều lệ cho cầu thủ từ đủ 16 tuổi, dưới 18 thì bố mẹ phải ký giấy cam kết, anh {person_name|Thắng} bảo bố {person_name|Tiến} ký rồi em nộp bổ sung.",
            ),
            P(
                "[22/03 19:45] {person_name|Huy Nguyễn}: Trận mở màn thắng FC Vinh Phú 3-1 🎉 {person_name|Nam} 2 bàn, {person_name|Vũ} 1 bàn. {person_name|Bách} bị lật cổ chân phút 50, ai qua nhà nó ở {vn.address|số 9 ngõ 6 đường Phạm Hồng Thái, phường Trường Vinh, Nghệ An} chở nó đi chụp phim với.",
            ),
            P(
                "[22/03 20:03] {person_name|Bách Cao}: e k sao dau, mai e tu di bv. xe may cua e bien {vn.licence_plate|37-K1 285.64} con de o san, anh {person_name|Nam} chay ve giup e voi, chia khoa e gui chi ban nuoc",
            ),
            P(
                "[23/03 10:15] {person_name|Huy Nguyễn}: BTC có mua bảo hiểm tai nạn cho cầu thủ (hợp đồng 26/BHTN-BM/0317), làm hồ sơ bồi thường cần căn cước, giấy ra viện và số tài khoản chính chủ. {person_name|Bách} gửi t số tài khoản nha.",
            ),
            P(
                "[23/03 10:30] {person_name|Bách Cao}: stk Vietinbank {vn.bank_account|107874215638} {person_name|CAO XUAN BACH} a",
            ),
            P(
                "[29/03 21:50] {person_name|Hồ Sỹ Nam}: BTC vừa báo bán kết dời sang 16h ngày 05/04 ở sân Nhà văn hóa khối 10. Ai có xe 7 chỗ chở anh em không, xe bán tải của công ty t (37C-198.46) cuối tuần không mượn được.",
            ),
            P(
                "[29/03 21:55] {person_name|Thắng Nguyễn}: xe nhà t {vn.licence_plate|37A-729.15} chở được 6 đứa, 15h đón ở cổng Trường THCS Đặng Thai Mai nhé.",
            ),
        ],
    },
    Doc {
        name: "so-chu-nhiem-ghi-chep-tham-hoc-sinh",
        parts: &[
            P(
                "SỔ CHỦ NHIỆM · Năm học 2025-2026 · Lớp 9A1 · Trường PTDTBT THCS Sín Chéng, xã Si Ma Cai, tỉnh Lào Cai",
            ),
            P(
                "Giáo viên chủ nhiệm: {person_name|Đặng Thu Hà}, điện thoại {vn.phone|0984 627 135} (đã ghi vào sổ liên lạc của học sinh). Sĩ số: 31 học sinh, 29 em ở bán trú; 27 em người Mông, 3 em người Nùng, 1 em người Kinh.",
            ),
            P("PHẦN IV. THEO DÕI HỌC SINH CÓ HOÀN CẢNH ĐẶC BIỆT VÀ CÁC LẦN THĂM GIA ĐÌNH"),
            P(
                "1. Em {person_name|Giàng A Páo}, sinh ngày {date_of_birth|22/03/2011}, mã định danh học sinh trên cơ sở dữ liệu ngành 1524035718, nhà ở {vn.address|thôn Sín Chải, xã Si Ma Cai, tỉnh Lào Cai}, cách trường 7 km đường đất. Bố là anh {person_name|Giàng A Dế}, sinh năm {date_of_birth|1986}, mẹ là chị {person_name|Sùng Thị Sua}; điện thoại của anh {person_name|Dế}: {vn.phone|0338 251 964} (nhà ít sóng, chỉ gọi được buổi tối).",
            ),
            P(
                "Ngày 17/10/2025: {person_name|Páo} nghỉ học 4 ngày không phép. Chiều thứ Sáu tôi cùng thầy {person_name|Lù Văn Chính} (dạy Toán, biết tiếng Mông) đi xe máy vào nhà em. Bố mẹ em đi bóc vỏ quế thuê ở Văn Yên, {person_name|Páo} ở nhà trông hai em nhỏ 5 tuổi và 2 tuổi, cắt cỏ cho trâu. Tôi gọi cho bố em, anh hứa cuối tháng về. Tôi đã báo cô Hiệu trưởng {person_name|Vàng Thị Lan} để xếp em ở bán trú cả tuần khi bố mẹ lại đi làm xa.",
            ),
            P(
                "Ngày 03/11/2025: bố mẹ em đã về, {person_name|Páo} đi học lại. Anh {person_name|Dế} nhắn Zalo cho tôi (không dấu): \"co {person_name|Ha} oi {person_name|Pao} di hoc lai roi, cam on co nhieu, thang 12 a voi me no lai di lam o Bac Ninh, nho co de y {person_name|Pao} giup a\".",
            ),
            P(
                "2. Em {person_name|Vàng Thị Dín}, sinh ngày {date_of_birth|05/09/2011}, học sinh giỏi cấp huyện môn Ngữ văn năm học 2024-2025. Bố mẹ em là anh {person_name|Vàng A Sử} và chị {person_name|Thào Thị Máy} đi làm công nhân ở Bình Dương từ năm 2022; em ở với bà nội là bà {person_name|Vàng Thị Ca}, sinh năm {date_of_birth|1958}, ở {vn.address|thôn Lử Thẩn, xã Lử Thẩn, huyện Si Ma Cai, tỉnh Lào Cai} (địa chỉ ghi trong học bạ, chưa sửa theo địa bàn mới). Bà {person_name|Ca} không biết chữ, việc gì cần tôi gọi cho mẹ em theo số {vn.phone|0866 492 031}. Em có thẻ BHYT hộ nghèo số {vn.health_insurance_card|HN2101025417386}.",
            ),
            P(
                "Ngày 25/11/2025: trường đề cử {person_name|Dín} nhận Học bổng Vừ A Dính năm 2025 (1.500.000 đồng/năm). Theo hướng dẫn của Quỹ, học bổng chuyển vào tài khoản đứng tên học sinh; chị {person_name|Máy} gửi giấy ủy quyền về, tôi đưa em và bà ra Agribank mở tài khoản số {vn.bank_account|8806205418372}. Ngày 20/12/2025: bà nội ốm, em xin nghỉ 2 ngày đưa bà đi Trạm Y tế xã; tôi gọi chị {person_name|Máy} theo số {vn.phone|0866 492 031} báo tình hình, chị gửi về 2 triệu.",
            ),
            P(
                "3. Em {person_name|Sùng Thị Mai}, sinh ngày {date_of_birth|17/11/2010} (đi học muộn một năm). Ngày 08/01/2026, {person_name|Mai} kể với tôi gia đình định cho em lấy chồng sau Tết, nhà trai là anh {person_name|Hảng Seo Lử}, 19 tuổi, ở thôn bên. Tôi báo ngay cô Hiệu trưởng và Công an xã. Ngày 10/01/2026 tôi cùng Thượng úy {person_name|Giàng Seo Vư}, Công an xã, và bà {person_name|Thào Thị Dợ}, Chủ tịch Hội Phụ nữ xã, đến nhà em. Bố em là ông {person_name|Sùng A Lềnh}, sinh năm {date_of_birth|1978}, lúc đầu nói \"con gái lớn rồi phải đi lấy chồng\", sau khi được giải thích đã ký cam kết không tổ chức tảo hôn cho con. Em vẫn đi học đều và nói muốn thi vào trường sư phạm. (Không ghi việc này vào học bạ; chỉ trao đổi trong Ban giám hiệu.)",
            ),
            P(
                "4. Em {person_name|Hoàng Văn Nam}, sinh ngày {date_of_birth|30/06/2011}, người Nùng, nhà ở {vn.address|thôn Phố Cũ, xã Si Ma Cai, tỉnh Lào Cai}. Chiều 03/12/2025 em ngã xe đạp ở dốc trước cổng trường, gãy xương cẳng tay trái. Thầy {person_name|Chính} chở em bằng xe máy của thầy, biển số {vn.licence_plate|24-B1 316.72}, xuống Bệnh viện Đa khoa khu vực Bắc Hà; em dùng thẻ BHYT học sinh số {vn.health_insurance_card|HS4101025603814}. Mẹ em là chị {person_name|Nông Thị Hoa}, điện thoại {vn.phone|0974 318 652}, xuống viện lúc 19 giờ. Em nghỉ học 2 tuần, các bạn cùng tổ chép bài giúp.",
            ),
            P(
                "Ghi chú cuối học kỳ I: lớp không có học sinh bỏ học; đã lập danh sách 24 em được hỗ trợ gạo và tiền ăn bán trú, nộp văn phòng ngày 15/09/2025. Số trực của Công an xã (để báo các trường hợp tảo hôn): 0214 3796 113.",
            ),
        ],
    },
    Doc {
        name: "don-xin-phep-xay-dung-va-thoa-thuan-tuong-chung",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG (sử dụng cho công trình nhà ở riêng lẻ) · Kính gửi: Ủy ban nhân dân phường Bình Thủy, thành phố Cần Thơ",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Chủ đầu tư",
                    "{person_name|HUỲNH VĂN LỘC} và vợ {person_name|TRẦN NGỌC DIỄM}",
                ],
                &[
                    "Người đại diện",
                    "{person_name|Huỳnh Văn Lộc}, sinh ngày {date_of_birth|08/08/1979}, căn cước số {vn.cccd|092079003648} cấp ngày 15/07/2021",
                ],
                &[
                    "Người cùng đứng tên",
                    "{person_name|Trần Ngọc Diễm}, sinh ngày {date_of_birth|19/10/1981}, căn cước số {vn.cccd|092181007524}",
                ],
                &[
                    "Địa chỉ liên hệ trong thời gian xây dựng",
                    "{vn.address|số 214/5 đường Trần Hưng Đạo, phường Ninh Kiều, thành phố Cần Thơ} (nhà thuê)",
                ],
                &[
                    "Điện thoại / Email",
                    "{vn.phone|0939 614 205} / {email|ngocdiem.tran81@gmail.com}",
                ],
                &[
                    "Địa điểm xây dựng",
                    "{vn.address|số 58/12 hẻm 91 đường Cách Mạng Tháng Tám, phường Bình Thủy, thành phố Cần Thơ} (nhà ở hiện hữu của gia đình, phá dỡ xây mới)",
                ],
                &[
                    "Giấy tờ về đất",
                    "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất số phát hành DA 517294, số vào sổ CS 08214, cấp ngày 12/06/2019, thửa đất số 215, tờ bản đồ số 37; địa chỉ ghi trên giấy: {vn.address|số 58/12 hẻm 91 đường Cách Mạng Tháng Tám, phường An Thới, quận Bình Thủy, thành phố Cần Thơ}",
                ],
                &[
                    "Quy mô",
                    "Diện tích xây dựng 84,6 m2 trên thửa đất 102,3 m2; 1 trệt, 2 lầu, sân thượng; chiều cao 13,8 m",
                ],
                &[
                    "Đơn vị thiết kế",
                    "Công ty TNHH Tư vấn Thiết kế Xây dựng Tây Đô, MST 1836268795; chủ nhiệm thiết kế KTS. {person_name|Dương Minh Triết}, chứng chỉ hành nghề số CTH-00012863",
                ],
                &[
                    "Nhà thầu thi công",
                    "Công ty TNHH Xây dựng Phú An Khang, MST 1852601813",
                ],
                &["Thời gian thi công dự kiến", "6 tháng kể từ ngày khởi công"],
            ]),
            P(
                "Tôi cam kết xây dựng đúng giấy phép được cấp và chịu trách nhiệm về an toàn cho các nhà liền kề. Cần Thơ, ngày 09 tháng 02 năm 2026 · NGƯỜI LÀM ĐƠN {person_name|Huỳnh Văn Lộc}",
            ),
            P("BIÊN BẢN THỎA THUẬN về việc xây dựng sát ranh và sử dụng tường chung"),
            P(
                "Hôm nay, ngày 02/02/2026, tại nhà Bên B, chúng tôi gồm: Bên A (bên xây dựng) là ông {person_name|Huỳnh Văn Lộc} và bà {person_name|Trần Ngọc Diễm}, chủ nhà số 58/12; Bên B (chủ nhà liền kề bên trái) là bà {person_name|Lâm Thị Bạch Tuyết}, sinh năm {date_of_birth|1951}, chứng minh nhân dân số {vn.cmnd|361042857}, thường trú tại {vn.address|số 58/10 hẻm 91 đường Cách Mạng Tháng Tám, phường Bình Thủy, thành phố Cần Thơ}. Con trai bà {person_name|Tuyết} là anh {person_name|Nguyễn Lâm Quốc Bảo}, đồng sở hữu căn nhà, đang định cư ở Canada, đồng ý qua thư điện tử (bản in kèm theo). Người chứng kiến: ông {person_name|Phan Thanh Sơn}, Trưởng khu vực 4, điện thoại {vn.phone|0907 352 618}.",
            ),
            P(
                "Hai bên thống nhất: 1. Bên B đồng ý để Bên A tháo dỡ bức tường gạch dày 10 cm xây năm 1995 giữa hai nhà và xây tường mới dày 20 cm trên phần đất của Bên A; tường mới dùng chung, Bên B được gác đà, đóng đinh treo đồ. 2. Trước khi phá dỡ, hai bên cùng chụp ảnh hiện trạng nhà Bên B (ba vết nứt ở phòng khách, một vết ở nhà tắm); nếu thi công gây nứt, lún nhà Bên B thì Bên A sửa chữa và bồi thường. 3. Bên A hỗ trợ 5.000.000 đồng để Bên B sơn lại tường, chuyển vào tài khoản Sacombank số {vn.bank_account|070112458936} đứng tên {person_name|LAM THI BACH TUYET}. 4. Xe chở vật liệu của nhà thầu (xe tải biển số 65C-148.27) chỉ được đậu trong hẻm từ 7 giờ đến 9 giờ sáng, không đổ cát đá trước cửa nhà Bên B.",
            ),
            P(
                "BÊN A {person_name|HUỲNH VĂN LỘC} · {person_name|TRẦN NGỌC DIỄM} · BÊN B {person_name|LÂM THỊ BẠCH TUYẾT} · NGƯỜI CHỨNG KIẾN {person_name|Phan Thanh Sơn}",
            ),
            P(
                "Bản in thư điện tử · From: {person_name|Bao Nguyen} <{email|quocbao.nguyenlam@outlook.com}> · To: {email|ngocdiem.tran81@gmail.com} · Sent: 31/01/2026 20:14 · Subject: Dong y xay tuong chung",
            ),
            P(
                "Chi {person_name|Diem} oi, em da noi chuyen voi ma em roi, em dong y de anh chi xay tuong chung nhu ban ve anh {person_name|Loc} gui. Ma em lon tuoi, nha cu lai yeu, nho anh chi de y giup khi dap pha. Co gi anh chi goi em qua WhatsApp +1 604 218 5573 hoac goi co em la {person_name|Lam Thi Ngoc} o Cai Rang, so {vn.phone|0983 407 162}. Em {person_name|Bao}.",
            ),
            P(
                "PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ · Mã hồ sơ H13.28-260210-0037 · Người nộp: ông {person_name|Huỳnh Văn Lộc}, điện thoại {vn.phone|0939 614 205} · Ngày nhận: 10/02/2026 · Ngày hẹn trả: 06/03/2026",
            ),
            P(
                "Tin nhắn gửi đến số {vn.phone|0939614205} ngày 24/02/2026: \"UBND P.Binh Thuy: Ho so H13.28-260210-0037 cua ong {person_name|HUYNH VAN LOC} can bo sung ban ve mat bang mong co chu ky KTS chu nhiem thiet ke va ban sao bien ban thoa thuan voi ba {person_name|LAM THI BACH TUYET}. LH 0292 3841 275.\"",
            ),
        ],
    },
    Doc {
        name: "bao-tuong-thuat-phien-toa-vo-hui",
        parts: &[
            P("PHÁP LUẬT · Thứ Năm, 12/03/2026 18:40 (GMT+7)"),
            P("VỠ HỤI HƠN 27 TỶ ĐỒNG: CHỦ HỤI {person_name|TRẦN THỊ KIM HOA} LÃNH 18 NĂM TÙ"),
            P(
                "Sau hai ngày xét xử, chiều 11/3, Tòa án nhân dân tỉnh Vĩnh Long tuyên phạt bị cáo {person_name|Trần Thị Kim Hoa} 18 năm tù về tội Lừa đảo chiếm đoạt tài sản, buộc bị cáo bồi thường cho 63 bị hại tổng cộng hơn 27,4 tỷ đồng.",
            ),
            P("Bài và ảnh: {person_name|Thạch Ngọc Sang}"),
            P(
                "Theo cáo trạng, {person_name|Hoa} (SN {date_of_birth|1971}, ngụ {vn.address|ấp Phú Hòa, xã Phú Túc, huyện Châu Thành, tỉnh Bến Tre}, nay thuộc tỉnh Vĩnh Long) bán vải ở chợ Phú Túc và làm chủ hụi từ năm 2012. Ban đầu bị cáo chỉ mở hụi tháng 2-3 triệu đồng một phần, đến năm 2021 mở cùng lúc 14 dây hụi, có dây 10 triệu đồng một phần; hụi viên phần lớn là tiểu thương trong chợ, người quen và họ hàng.",
            ),
            P(
                "Từ tháng 6/2023, do thua lỗ khi cho vay lãi và mua đất, bị cáo dựng hụi viên \"ảo\": lấy tên em họ là {person_name|Trần Thị Mỹ Lệ} và tên bà {person_name|Đỗ Thị Năm}, một người bán vé số, ghi vào sổ hụi mà họ không hề biết, rồi tự hốt các phần hụi đó. Bị cáo còn lập trang Facebook \"Hụi Kim Hoa uy tín\" để nhận hụi viên ở xa; kết quả truy vết cho thấy trang được quản trị từ địa chỉ IP {ip_address|14.186.207.93}, là đường truyền internet tại nhà con gái bị cáo. Tiền hụi được chuyển vào tài khoản Agribank số {vn.bank_account|7100205463812} đứng tên bị cáo. Tháng 9/2024, khi không còn khả năng chi trả, bị cáo bỏ trốn lên TP. Hồ Chí Minh; ngày 17/01/2025 bị cáo ra đầu thú.",
            ),
            P(
                "Cùng bị xét xử có chồng bị cáo là {person_name|Nguyễn Văn Tám} (SN {date_of_birth|1969}), giúp vợ ghi sổ, đi thu tiền hụi dù biết có hụi viên ảo, bị tuyên phạt 6 năm tù cùng tội danh; con rể bị cáo là {person_name|Lê Minh Trí} (SN {date_of_birth|1992}, ngụ {vn.address|số 41 đường số 18, phường Bình Trị Đông, TP. Hồ Chí Minh}) nhận 3,2 tỷ đồng từ mẹ vợ vào tài khoản Techcombank số {vn.bank_account|19033418275019} để mua căn hộ, bị tuyên phạt 2 năm tù cho hưởng án treo về tội Chứa chấp tài sản do người khác phạm tội mà có.",
            ),
            P(
                "Tại tòa, nhiều bị hại bật khóc. Bà {person_name|Lê Thị Bé Ba} (SN {date_of_birth|1956}), bán cá ở chợ Phú Túc, mất hơn 1,27 tỷ đồng gồm tiền dành dụm ba mươi năm và tiền bán hai công vườn. \"{person_name|Hoa} nói chơi hụi với nó chắc như gửi ngân hàng, tôi tin vì hai đứa quen nhau từ hồi nhỏ\", bà {person_name|Bé Ba} nói. Chị {person_name|Huỳnh Thị Ngọc Trinh} (SN {date_of_birth|1988}), làm nail ở TP. Hồ Chí Minh, góp hụi qua Facebook 640 triệu đồng, kể chị chưa từng gặp bị cáo ngoài đời. Ông {person_name|Võ Văn Đực}, hụi viên lớn tuổi nhất, mất vì đột quỵ hồi tháng 5/2025; vợ ông là bà {person_name|Nguyễn Thị Lài} tham gia phiên tòa với tư cách người kế thừa quyền, nghĩa vụ tố tụng.",
            ),
            P(
                "Luật sư {person_name|Phạm Quốc Hưng}, Đoàn Luật sư tỉnh Vĩnh Long, bào chữa cho bị cáo {person_name|Hoa}, đề nghị xem xét tình tiết đầu thú và việc gia đình bị cáo đã nộp lại 1,5 tỷ đồng. Đại diện Viện kiểm sát, Kiểm sát viên {person_name|Trương Văn Tài} cho rằng bị cáo phạm tội nhiều lần, số tiền đặc biệt lớn, gây hậu quả nghiêm trọng cho nhiều gia đình lao động nghèo.",
            ),
            P(
                "Hội đồng xét xử do Thẩm phán {person_name|Nguyễn Thị Thanh Hương} làm chủ tọa tuyên tiếp tục kê biên nhà và đất của bị cáo (thửa đất số 512, tờ bản đồ số 9), chiếc ô tô Mazda CX-5 biển số {vn.licence_plate|71A-183.46} đứng tên bị cáo và số tiền còn lại trong tài khoản {vn.bank_account|7100205463812} để bảo đảm thi hành án. Theo Hội đồng xét xử, chơi hụi là giao dịch dân sự được pháp luật thừa nhận (Nghị định 19/2019/NĐ-CP về họ, hụi, biêu, phường), nhưng người dân nên lập sổ, ghi rõ hụi viên và không tham gia dây hụi có lãi suất quá cao.",
            ),
            P(
                "Sau phiên tòa, chị {person_name|Trinh} cho biết nhóm Zalo của các bị hại sẽ cùng làm đơn đề nghị cơ quan thi hành án ưu tiên bán tài sản kê biên. Bạn đọc có thông tin phản ánh xin gọi đường dây nóng của báo 0270 3822 716 hoặc gửi thư về toasoan@baovinhlong.vn.",
            ),
        ],
    },
];
