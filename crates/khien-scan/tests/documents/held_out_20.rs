//! A twentieth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to contract, accident, payment, ordination, violation and admission dates,
//! and identifiers and addresses inside sentences; only the microfinance group's members and the
//! fan club's registrations have tables, and the tutoring contract a form. The kinds differ from
//! the earlier sets' (a Hà Nội landlord's notice ending a lease for two months' unpaid rent with
//! the tenant's written reply asking to stay until the end of the school year, the residential
//! group leader's note and their SMS typed without diacritics, a microfinance field officer's
//! weekly notes on a women's borrowing group in Nghệ An typed on her phone without diacritics,
//! with a Thái daughter-in-law and a scam attempt, a K-pop fan club's registration list for an
//! anniversary gathering with the organisers' note on ticket touting and Facebook comments, a
//! private tutor's contract with a Đà Nẵng family and their Zalo messages about fees, a Hội An
//! homestay's booking e-mails with an Indian family and an Australian traveller in English, with
//! the owner's note to her son, a Khmer pagoda's register of boys entering the monastery for the
//! summer with their parents and the parents' Zalo group, a traffic police notice of a speeding
//! offence caught on camera sent to a Hoa man who had sold the car, with his statement, the
//! buyer's Zalo messages and the officer's note, and a hospital's record of a patient taken home
//! at night by his son before paying, with the camera log, the social worker's calls and the
//! son's SMS). Every piece of personal data is marked `{detector|value}`: names after a title, a
//! calling word or a label (ông, bà, anh, chị, em, cháu, cô, chú, thầy, bé, ba, be, chu, co, chi,
//! a, Dear, Hi, admin, nick tên, Achar, Đại đức, Hòa thượng, Thượng úy, Tổ trưởng, BÊN A, BÊN B,
//! ĐIỀU DƯỠNG TRƯỞNG, BẢO VỆ, CÔNG TÁC XÃ HỘI) are marked without it; given names used alone after
//! a first mention ("chị Thảo", "co Thao", "anh Loc", "ông Trọng", "chu Trong", "cháu Bảo Ngọc",
//! "cháu Khang", "chi Lai", "ba Thin", "chi Hoa", "anh Tinh", "chi Kim Dung",
//! "chi Mai", "anh Quy", "bạn Gia Hân", "anh trai Gia Bảo", "chị Mẫn", "anh Khánh", "anh Khanh",
//! "chị Linh", "em Minh Châu", "Minh Chau", "Châu", "thầy Nguyên", "Priya", "Kabir", "be Kabir",
//! "Arjun", "Thủy", "Chloe", "Quân", "Chu Dung", "em Chanh Tha", "ông Khên", "em Hùng", "con
//! Thach", "Chi Sa Ray", "anh Thắng", "Anh Thang", "chu Hoa", "ông Hoa", "Tien", "anh Trí", "anh
//! Lợi", "ông Tám", "anh Đực", "chị Thoa", "Chi Duyen") are marked; Facebook, Zalo and e-mail
//! display names of persons ("Khổng Minh Nhật", "Lý Huệ Mẫn", "Tăng Bội Trân", "Hà Khánh Linh",
//! "Trần Phước Nguyên", "Mỹ Linh Lương", "Arjun Mehta", "Chloe Bennett", "Trương Thị Bích Thủy",
//! "Lê Trương Minh Quân", "Son Thi Sa Ray", "Thach Son Huol", "Vương Tuệ Nghi", "Thang Dinh") are
//! marked as written, and so are ALL-CAPS and unaccented names (account holders LUU DUC TRONG,
//! PHAN THI HOA, NGUYEN VAN HUNG, LY HUE MAN, TRAN BAO CHAU, TRAN PHUOC NGUYEN, SON THI SA RAY and
//! HUYNH VAN DUC, "Mai Thi Thu Ha", "Dau Van Tinh", "Le Van Quy" and "Ha Van Tien" in messages).
//! Judgement calls: Khmer names (Thạch Chanh Tha, Thạch Sà Rết, Kim Thị Sa Phia, Sơn Thị Sà Rây,
//! Sơn Văn Khên, Danh Văn Út, Lâm Văn Phol, the monks Kim Sa Ran and Thạch Sok Khol and the lay
//! ritual leader Thạch Sơn Huol) are marked whole with the titles Achar, Đại đức and Hòa thượng
//! left outside, and the Pali Dharma names the boys receive ("Sumano", "Dhammapalo") are marked as
//! person names, as the tenth set marked lay Dharma names; Hoa names (Vương Kiến Hoa, Vương Tuệ
//! Nghi, Lý Huệ Mẫn, Tăng Bội Trân, Lý Chấn Minh), a Thái woman (Vi Thị Mai), Indian and
//! Australian guests and a friend named only in passing ("Hannah Lee") are marked; the
//! southern nickname-like names "Huỳnh Văn Đực" and "Nguyễn Thị Bé Tư" are marked whole, and
//! "Đực" alone; minors are marked like adults (the tenants' children with their birth years in
//! brackets, a fifteen-year-old fan, the tutored girl, the Khmer boys, the Indian boy), with a
//! boy's personal identification number (số định danh cá nhân) marked as a CCCD; a year alone
//! after "sinh năm", "sinh nam", "sn", in brackets after a child's name or in the "Năm sinh"
//! column is marked as a date of birth, as are English dates of birth ("14 March 1988", "02 Nov
//! 1990", "DOB 27/06/1997") and ISO dates in the form export; the tutor's 12-digit personal
//! identification number is marked as a CCCD in the contract and as a tax code where he gives it
//! as his personal tax code, and the landlord's 10-digit personal tax code as a tax code; the
//! family's home landline (0236 3617 284) is marked as a phone (a person's), and so are the
//! residential group leader's mobile and the SMS senders' numbers written as message headers;
//! the Vietnamese SIM numbers of foreign guests are marked, written "+84 358 604 129" and
//! "0703518246"; Indian passports and an Australian passport in the letter-and-seven-digits form
//! are marked as passports, all three Indian ones again in the son's Zalo message; the
//! impersonator's MB account, which looks like a mobile number, is marked as a bank account, and
//! so are the ticket scammer's account and both persons' names; the lay ritual leader's personal
//! Agribank account, used for the pagoda's offerings because the pagoda has none, is marked both
//! times (a person's account); the card a guest sent by e-mail, the card used by a ticket tout,
//! the tout's IP address and the IP the guest booked from are marked; the poor-household (HN)
//! and household (GD) health insurance cards are marked, and the patient's BHXH number alone as
//! a social insurance number; the Khmer grandfather's old nine-digit card and the car seller's
//! old card on the vehicle registration are marked as CMNDs; the sold car, still registered to
//! the seller, is marked as a plate each of the four times, and so are a fan's motorbike, the
//! private driver's car and the motorbike the patient was taken away on (twice); the buyer's
//! brother-in-law's driving licence number is marked; a university student's mailbox
//! (khanhlinh.ha@student.hcmus.edu.vn) is marked as hers; the rented house is the tenants' home
//! and is marked both times, once written short ("số 14 ngõ 61 Trần Quốc Hoàn, Nghĩa Đô, Hà
//! Nội"); addresses with a hamlet or village and commune but no province ("so 18 duong lien xom,
//! xom Tan Hong, xa Hung Chau") are marked, and so are addresses typed without diacritics,
//! Vũng Tàu written as a ward of Hồ Chí Minh City, a home village a Thái woman's card still gives
//! as her permanent residence, and addresses holding streets named after people (phố Trần Quốc
//! Hoàn, đường Phan Đăng Lưu, đường Nguyễn Lộ Trạch, Tôn Đức Thắng, đường Lão Tử, đường Phạm Văn
//! Thuận, duong Nguyen An Ninh); a police officer named in the notice is marked. Left unmarked on
//! purpose: organisation data (the microfinance branch's address and landline 0238 3862 517, the
//! homestay's address 27 Nguyễn Phúc Chu and its role mailbox booking@songhoaihomestay.vn, the
//! pagoda's hamlet address, the traffic police's address 459 Trần Hưng Đạo, the hospital's
//! address 04 Châu Văn Liêm and landline 0292 3821 288, the fan club's page and the band), foreign
//! mobiles (the Indian +91 98201 45367 and the Taiwanese +886 905 318 274, not Vietnamese phones),
//! document and reference numbers (land-use certificate CS 04127, notice 1874/TB-PC08, ticket
//! codes LN-0041 to LN-0058 and the transfer note LN0042), a card's expiry date, a kilometre post,
//! a bed number, amounts, speeds, ages, non-birth dates (contract, notice, accident, transfer,
//! meeting, disbursement, booking, arrival, ordination, violation, sale, admission and discharge
//! dates), a hamlet named alone as the group's place ("Cụm 12, xóm Tân Hồng"), towns and
//! provinces named as places (Pune, Biên Hòa, Bình Dương, Vũng Tàu as a destination, Đài Loan),
//! health details (not graded in these sets), a substitute tutor left unnamed, and streets,
//! schools and a hospital gate named after people outside an address (đường Phạm Văn Đồng,
//! Trường THCS Nguyễn Huệ, Trường THPT chuyên Lê Quý Đôn, cổng đường Phan Văn Trị).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_20: &[Doc] = &[
    Doc {
        name: "thong-bao-cham-dut-thue-nha-va-don-tra-loi",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("THÔNG BÁO CHẤM DỨT HỢP ĐỒNG THUÊ NHÀ VÀ ĐỀ NGHỊ BÀN GIAO LẠI NHÀ"),
            P(
                "Kính gửi: chị {person_name|Mai Thị Thu Thảo} và anh {person_name|Cao Xuân Lộc}, bên thuê nhà tại {vn.address|số 14 ngõ 61 phố Trần Quốc Hoàn, phường Nghĩa Đô, thành phố Hà Nội}",
            ),
            P(
                "Tôi là {person_name|Lưu Đức Trọng}, sinh ngày {date_of_birth|11/07/1958}, căn cước số {vn.cccd|001058009431}, hiện ở {vn.address|số 7 ngách 42/18 phố Hoàng Sâm, phường Nghĩa Đô, thành phố Hà Nội}, điện thoại {vn.phone|0913 275 486}, là chủ sở hữu căn nhà nói trên theo Giấy chứng nhận quyền sử dụng đất số CS 04127 cấp năm 2019. Tiền cho thuê nhà tôi vẫn kê khai, nộp thuế theo mã số thuế cá nhân {vn.tax_code|8041726356}.",
            ),
            P(
                "Căn cứ hợp đồng thuê nhà ký ngày 01/09/2023 giữa tôi và chị {person_name|Thảo} (thời hạn ba năm, giá thuê 9.500.000 đồng/tháng, tiền đặt cọc 19.000.000 đồng, trả vào ngày 05 hằng tháng), đến nay bên thuê chưa trả tiền thuê tháng 01 và tháng 02/2026, tổng cộng 19.000.000 đồng, dù tôi đã nhắc nhiều lần qua điện thoại và tin nhắn. Mặt khác, vợ tôi là bà {person_name|Nghiêm Thị Hồng} đang điều trị hóa chất ở Bệnh viện K, gia đình buộc phải bán căn nhà này để lo thuốc men.",
            ),
            P(
                "Theo Điều 7 của hợp đồng (bên cho thuê được đơn phương chấm dứt hợp đồng khi bên thuê chậm trả tiền thuê từ hai tháng trở lên, phải báo trước ba mươi ngày), tôi thông báo chấm dứt hợp đồng kể từ ngày 31/03/2026 và đề nghị anh chị bàn giao lại nhà cùng đồ đạc theo biên bản ban đầu, thanh toán tiền thuê còn nợ và tiền điện, nước đến ngày bàn giao; tiền đặt cọc được trừ vào khoản nợ. Tiền xin chuyển vào tài khoản Techcombank số {vn.bank_account|19033528417016}, chủ tài khoản {person_name|LUU DUC TRONG}.",
            ),
            P(
                "Thông báo lập thành hai bản, giao tận tay bên thuê hồi 18 giờ ngày 02/03/2026 với sự chứng kiến của ông {person_name|Quách Văn Tiến}, tổ trưởng tổ dân phố số 9, điện thoại {vn.phone|0987 614 352}. Bên thuê đã ký nhận.",
            ),
            P("ĐƠN TRẢ LỜI THÔNG BÁO VÀ ĐỀ NGHỊ LÙI THỜI HẠN BÀN GIAO NHÀ"),
            P(
                "Kính gửi: ông {person_name|Lưu Đức Trọng}, chủ nhà; đồng kính gửi: ông tổ trưởng tổ dân phố số 9, phường Nghĩa Đô",
            ),
            P(
                "Tôi là {person_name|Mai Thị Thu Thảo}, sinh ngày {date_of_birth|23 tháng 4 năm 1990}, căn cước số {vn.cccd|037190006258}, thường trú tại {vn.address|thôn Đông Xuyên, xã Gia Hưng, tỉnh Ninh Bình}, hiện thuê nhà tại {vn.address|số 14 ngõ 61 Trần Quốc Hoàn, Nghĩa Đô, Hà Nội} cùng chồng là anh {person_name|Cao Xuân Lộc}, sinh năm {date_of_birth|1987}, và hai con là cháu {person_name|Cao Bảo Ngọc} ({date_of_birth|2015}) và cháu {person_name|Cao Minh Khang} ({date_of_birth|2019}). Tôi đã nhận thông báo ngày 02/03/2026 của ông {person_name|Trọng} và xin trình bày như sau.",
            ),
            P(
                "Ngày 14/12/2025 chồng tôi đi giao hàng bị xe tải quệt ngã trên đường Phạm Văn Đồng, gãy xương đùi phải, mổ đóng đinh tại Bệnh viện Hữu nghị Việt Đức và phải nghỉ làm hơn ba tháng. Mọi chi tiêu trong nhà trông vào đồng lương bán hàng của tôi nên hai tháng vừa qua tôi chậm tiền nhà; chúng tôi không có ý chây ỳ. Ngày 05/03/2026 tôi đã chuyển trước cho ông 5.000.000 đồng từ tài khoản VietinBank số {vn.bank_account|105872364915} của tôi.",
            ),
            P(
                "Cháu {person_name|Bảo Ngọc} đang học lớp 5 Trường Tiểu học Nghĩa Đô, cháu {person_name|Khang} học mẫu giáo ngay đầu ngõ; chuyển nhà giữa năm học thì các cháu phải đổi trường. Tôi tha thiết đề nghị ông {person_name|Trọng} cho gia đình ở đến hết ngày 31/05/2026. Tiền thuê các tháng 3, 4, 5 tôi trả đúng ngày 05 hằng tháng, số còn nợ trả hết trước ngày 30/04/2026; gia đình đồng ý để ông dẫn người mua vào xem nhà vào sáng thứ Bảy, Chủ nhật.",
            ),
            P("Hà Nội, ngày 04/03/2026 · Người làm đơn (đã ký)"),
            P(
                "Ý KIẾN CỦA TỔ TRƯỞNG TỔ DÂN PHỐ: Tối 08/03/2026 tôi mời hai bên đến nhà văn hóa tổ 9 trao đổi. Ông {person_name|Trọng} đồng ý để gia đình chị {person_name|Thảo} ở đến ngày 31/05/2026 với điều kiện trả đủ tiền nợ trước 30/04/2026; nếu không trả đúng hẹn thì bàn giao nhà ngay trong tháng 5. Hai bên cùng ký. Tổ trưởng {person_name|Quách Văn Tiến}",
            ),
            P("Tin nhắn điện thoại hai bên xuất trình (chép lại, không dấu):"),
            P(
                "[12/04/2026 19:02] {vn.phone|0913 275 486}: Chao co {person_name|Thao}, thang 4 roi ma co moi chuyen 10tr, con thieu 4tr. Thu 7 nguoi mua hen den xem nha luc 9h, co don dep giup toi. Cho toi xin so can cuoc cua anh {person_name|Loc} de sau nay lam bien ban ban giao",
            ),
            P(
                "[12/04/2026 20:47] {vn.phone|0388 461 925}: Da chu {person_name|Trong}, toi nay chau nho em gai chau la {person_name|Mai Thi Thu Ha} chuyen not 4tr tu tk Vietcombank {vn.bank_account|1041827365} cua no. Can cuoc cua chong chau la {vn.cccd|036087013642}. Thu 7 chau o nha a. Khi ban giao chau xin chu cho thao 2 cai dieu hoa chau lap them mang di",
            ),
        ],
    },
    Doc {
        name: "so-tay-hien-truong-can-bo-tin-dung-vi-mo",
        parts: &[
            P(
                "TỔ CHỨC TÀI CHÍNH VI MÔ BÌNH MINH · CHI NHÁNH DIỄN CHÂU · Khối 3, xã Diễn Châu, tỉnh Nghệ An · ĐT 0238 3862 517",
            ),
            P(
                "SỔ TAY HIỆN TRƯỜNG CỦA CÁN BỘ TÍN DỤNG · Cán bộ: {person_name|Hồ Thị Thanh Huyền} · Tuần 16/2026 · Cụm 12, xóm Tân Hồng (ghi nhanh trên điện thoại, phần lớn không dấu)",
            ),
            T(&[
                &[
                    "STT",
                    "Thành viên",
                    "Năm sinh",
                    "Số CCCD",
                    "Điện thoại",
                    "Dư nợ (đồng)",
                ],
                &[
                    "1",
                    "{person_name|Trần Thị Lài} (cụm trưởng)",
                    "{date_of_birth|1978}",
                    "{vn.cccd|040178004526}",
                    "{vn.phone|0972 318 640}",
                    "14.500.000",
                ],
                &[
                    "2",
                    "{person_name|Phan Thị Hoa}",
                    "{date_of_birth|1985}",
                    "{vn.cccd|040185011273}",
                    "{vn.phone|0359 207 814}",
                    "6.200.000",
                ],
                &[
                    "3",
                    "{person_name|Ngô Thị Kim Dung}",
                    "{date_of_birth|1992}",
                    "{vn.cccd|040192007836}",
                    "{vn.phone|0824 516 093}",
                    "11.800.000",
                ],
                &[
                    "4",
                    "{person_name|Lê Thị Thìn}",
                    "{date_of_birth|1964}",
                    "{vn.cccd|040164003195}",
                    "{vn.phone|0961 472 038} (con trai)",
                    "4.350.000",
                ],
                &[
                    "5",
                    "{person_name|Vi Thị Mai}",
                    "{date_of_birth|1996}",
                    "{vn.cccd|040196012487}",
                    "{vn.phone|0398 725 164}",
                    "0 (xin vay mới)",
                ],
            ]),
            P(
                "Thu 3 14/04: hop cum luc 7h o nha chi {person_name|Lai}, {vn.address|xom Tan Hong, xa Hung Chau, Nghe An}. Du 5/5 thanh vien. Thu goc lai tuan du, rieng ba {person_name|Thin} nop thieu 150k, hen thu 6 nop bu. Nhac ca cum nop tiet kiem bat buoc 20k/tuan.",
            ),
            P(
                "Chi {person_name|Hoa}: chong la anh {person_name|Dau Van Tinh} di XKLD Dai Loan 2 nam, thang nao cung gui tien ve. Chi xin vay them 30tr mo rong sap ca o cho Phu. Da tham nha {vn.address|so 18 duong lien xom, xom Tan Hong, xa Hung Chau}: nha cap 4 sach se, moi mua tu dong 2 canh, 2 con di hoc deu. Von vay cu tra dung han 48/48 tuan. De xuat duyet.",
            ),
            P(
                "Chi {person_name|Kim Dung}: may gia cong tai nha cho xuong o Dien Hong. Thang 3 nam vien 1 tuan nen tra cham 2 ky, da tra bu du. May van chay, co them 1 tho phu. So cu {vn.phone|0824 516 093} mat cung dien thoai, so moi cua chi la {vn.phone|0339 684 215}. Xin doi ngay tra tu thu 3 sang thu 5 vi thu 3 chi phai giao hang.",
            ),
            P(
                "Ba {person_name|Thin}: goa, 62 tuoi, o chung voi con trai {person_name|Le Van Quy} (sn {date_of_birth|1988}) va con dau la chi {person_name|Mai} cung trong cum. Ruong lac mat mua vi ret dau nam. Ba noi nop thieu vi con dau chua tra ba tien ban 2 con lon, con dau thi noi tien do da dua chong di lam. Chuyen trong nha keo vao cum. Da noi chuyen rieng voi hai me con, {person_name|Mai} hua tra ba 2tr truoc 20/4. Ba co the BHYT ho ngheo {vn.health_insurance_card|HN2404020134572} con han den 31/12, dan ba di kham khop goi o tram y te xa, dung mua thuoc ngoai.",
            ),
            P(
                "Chi {person_name|Mai}: nguoi Thai, que {vn.address|ban Hoa Tien, xa Chau Tien, Nghe An}, lay chong ve xom Tan Hong tu 2019 nhung CCCD van ghi thuong tru o que, can lam thu tuc cu tru o cong an xa truoc khi giai ngan. Xin vay 15tr mua bo giong, chong ky dong vay, CCCD cua anh {person_name|Quy} la {vn.cccd|040088006317}. Cho het chuyen no cua ba {person_name|Thin} roi moi trinh.",
            ),
            P(
                "Thu 5 16/04: giai ngan cho chi {person_name|Hoa} 30tr vao tai khoan Agribank so {vn.bank_account|3611205347829} ten {person_name|PHAN THI HOA}. Anh {person_name|Tinh} dong y qua video Zalo tu so Dai Loan +886 905 318 274.",
            ),
            P(
                "Luu y: chi {person_name|Lai} bao hom 15/04 co nguoi goi den so cua chi, xung la can bo Binh Minh, doi moi thanh vien nop 500k \"phi bao hiem khoan vay\" vao tai khoan MB {vn.bank_account|0815427936} ten {person_name|NGUYEN VAN HUNG}. Chi chua chuyen. Da nhac ca cum: Binh Minh khong thu bat ky khoan nao qua tai khoan ca nhan, khong goi dien doi tien.",
            ),
        ],
    },
    Doc {
        name: "dang-ky-offline-fanclub-va-binh-luan-facebook",
        parts: &[
            P("LUMIES VIỆT NAM · FANCLUB CHÍNH THỨC CỦA NHÓM NHẠC LUMINA TẠI VIỆT NAM"),
            P(
                "OFFLINE KỶ NIỆM 5 NĂM RA MẮT \"LUMI-NIGHT 2026\" · 18 giờ thứ Bảy 23/05/2026 · Nhà hát Bến Thành, TP. Hồ Chí Minh · DANH SÁCH ĐĂNG KÝ ĐỢT 1 (trích từ Google Form, dùng để đối chiếu khi soát vé)",
            ),
            T(&[
                &["Mã vé", "Họ và tên", "Ngày sinh", "Số điện thoại", "Email"],
                &[
                    "LN-0041",
                    "{person_name|Nguyễn Hoàng Thảo Vy}",
                    "{date_of_birth|2006-02-18}",
                    "{vn.phone|0932 617 408}",
                    "{email|thaovy.ng2006@gmail.com}",
                ],
                &[
                    "LN-0042",
                    "{person_name|Lý Huệ Mẫn}",
                    "{date_of_birth|14/11/1999}",
                    "{vn.phone|0908 316 724}",
                    "{email|lyhueman99@gmail.com}",
                ],
                &[
                    "LN-0043",
                    "{person_name|Trịnh Gia Hân}",
                    "{date_of_birth|12/09/2010}",
                    "{vn.phone|0353 208 167} (anh trai {person_name|Trịnh Gia Bảo})",
                    "{email|giabao.trinh@outlook.com}",
                ],
                &[
                    "LN-0044",
                    "{person_name|Khổng Minh Nhật}",
                    "{date_of_birth|2003-07-30}",
                    "{vn.phone|0764 218 935}",
                    "{email|nhat.khong03@gmail.com}",
                ],
                &[
                    "LN-0045",
                    "{person_name|Hà Khánh Linh}",
                    "{date_of_birth|2004-10-09}",
                    "{vn.phone|0779 532 186}",
                    "{email|khanhlinh.ha@student.hcmus.edu.vn}",
                ],
            ]),
            P(
                "Ghi chú của BTC: fan dưới 16 tuổi phải đi cùng người giám hộ đủ 18 tuổi; bạn {person_name|Gia Hân} (sinh năm {date_of_birth|2010}) đi cùng anh trai {person_name|Gia Bảo}, sinh ngày {date_of_birth|03/03/2001}, căn cước số {vn.cccd|079201013548}, BTC đã nhận giấy đồng ý của mẹ hai bạn là cô {person_name|Lâm Ngọc Phượng}. Các đơn LN-0051 đến LN-0058 (8 vé, 8 tên khác nhau) gửi từ cùng một địa chỉ IP {ip_address|14.169.212.47} trong vòng 4 phút và thanh toán bằng cùng một thẻ Mastercard {payment_card|5412 7534 8620 9179}, nghi đầu cơ vé; BTC đã hủy và hoàn tiền về thẻ.",
            ),
            P(
                "Bài đăng trên trang Facebook \"Lumies Việt Nam\" · 20/04/2026: \"CHỐT DANH SÁCH ĐỢT 1 🎉 Các bạn có tên kiểm tra e-mail xác nhận nha. Ai chưa nhận được thì bình luận bên dưới, admin {person_name|Phùng Ngọc Ánh} sẽ kiểm tra. Tuyệt đối không mua lại vé qua người lạ!\"",
            ),
            P(
                "{person_name|Khổng Minh Nhật}: co ai o Bien Hoa di chung khong, minh chay xe may {vn.licence_plate|60-B2 718.46} len, cho di ke 1 ban, chia tien xang. inbox hoac goi {vn.phone|0764 218 935}",
            ),
            P(
                "{person_name|Lý Huệ Mẫn}: Mình kẹt lịch công tác nên nhượng lại vé LN-0042 đúng giá 850k, bạn nào cần thì nhắn {vn.phone|0908 316 724}. Ad cho mình đổi tên trên vé được không ạ?",
            ),
            P(
                "{person_name|Tăng Bội Trân}: em nhận vé của chị {person_name|Mẫn} nha, em tên {person_name|Tăng Bội Trân}, sinh {date_of_birth|27/08/2002}, sđt {vn.phone|0522 806 413}, em ck cho chị vào đâu ạ?",
            ),
            P(
                "{person_name|Lý Huệ Mẫn}: @{person_name|Tăng Bội Trân} ck vào tk ACB {vn.bank_account|21487369} tên {person_name|LY HUE MAN} nha em, nội dung ghi LN0042",
            ),
            P(
                "{person_name|Hà Khánh Linh}: Cảnh báo mọi người: nick tên \"{person_name|Trần Bảo Châu}\" nhắn tin bán vé VIP 1tr2, bảo chuyển cọc trước vào tk Vietcombank {vn.bank_account|0331000492716} tên {person_name|TRAN BAO CHAU}, bạn mình chuyển rồi bị chặn luôn. Ai gặp thì né nha 😡",
            ),
            P(
                "Lumies Việt Nam: Cảm ơn bạn đã báo. BTC xác nhận LUMIES không bán vé qua tài khoản cá nhân nào, chỉ bán qua link chính thức. Bạn nào đã chuyển tiền cho tài khoản trên thì giữ ảnh chụp giao dịch và trình báo công an phường nơi cư trú.",
            ),
        ],
    },
    Doc {
        name: "hop-dong-gia-su-va-tin-nhan-hoc-phi",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("HỢP ĐỒNG DẠY KÈM TẠI NHÀ (GIA SƯ) · Đà Nẵng, ngày 08 tháng 02 năm 2026"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Bên A (phụ huynh)",
                    "{person_name|Đoàn Quốc Khánh}, sinh ngày {date_of_birth|16/10/1980}, căn cước số {vn.cccd|048080005172}",
                ],
                &[
                    "Cùng đứng tên bên A",
                    "{person_name|Lương Thị Mỹ Linh} (vợ), căn cước số {vn.cccd|049183002964}",
                ],
                &[
                    "Địa chỉ dạy học",
                    "{vn.address|số 41 đường Phan Đăng Lưu, phường Hòa Cường, thành phố Đà Nẵng}",
                ],
                &[
                    "Điện thoại bên A",
                    "{vn.phone|0905 417 263} (anh {person_name|Khánh}), {vn.phone|0935 286 140} (chị {person_name|Linh})",
                ],
                &[
                    "Học sinh",
                    "{person_name|Đoàn Ngọc Minh Châu}, sinh ngày {date_of_birth|07/05/2011}, lớp 9/3 Trường THCS Nguyễn Huệ",
                ],
                &[
                    "Bên B (gia sư)",
                    "{person_name|Trần Phước Nguyên}, sinh ngày {date_of_birth|19/8/2004}, sinh viên năm thứ ba ngành Sư phạm Toán, Trường Đại học Sư phạm - Đại học Đà Nẵng",
                ],
                &["Căn cước bên B", "{vn.cccd|046204003871}"],
                &[
                    "Thường trú bên B",
                    "{vn.address|số 6 kiệt 18 đường Nguyễn Lộ Trạch, phường Xuân Phú, thành phố Huế}",
                ],
                &[
                    "Chỗ ở hiện nay",
                    "{vn.address|phòng 7, nhà trọ số 23/4 kiệt 115 Tôn Đức Thắng, phường Hòa Khánh, thành phố Đà Nẵng}",
                ],
                &[
                    "Liên hệ bên B",
                    "{vn.phone|0763 152 908} · {email|phuocnguyen.tran04@gmail.com}",
                ],
                &[
                    "Tài khoản nhận học phí",
                    "TPBank {vn.bank_account|03187462501}, chủ tài khoản {person_name|TRAN PHUOC NGUYEN}",
                ],
            ]),
            P(
                "Điều 1. Bên B dạy kèm môn Toán cho em {person_name|Minh Châu} để ôn thi tuyển sinh vào lớp 10 Trường THPT chuyên Lê Quý Đôn, mỗi tuần 3 buổi (tối thứ Hai, thứ Tư, thứ Sáu, từ 19 giờ đến 21 giờ) tại nhà bên A, từ ngày 09/02/2026 đến hết kỳ thi tháng 6/2026.",
            ),
            P(
                "Điều 2. Học phí 250.000 đồng/buổi, thanh toán vào ngày cuối mỗi tháng theo số buổi thực dạy, chuyển khoản vào tài khoản của bên B nêu trên. Buổi nào bên B nghỉ phải báo trước ít nhất 24 giờ và dạy bù trong tuần; bên A báo nghỉ sau 17 giờ cùng ngày thì vẫn tính học phí buổi đó.",
            ),
            P(
                "Điều 3. Bên B không đưa học sinh ra khỏi nhà khi không có người lớn đồng ý, không thu thêm khoản tiền nào ngoài học phí, không đăng hình ảnh, bài làm hay thông tin của học sinh lên mạng xã hội. Cuối mỗi tháng bên B gửi nhận xét qua Zalo cho mẹ học sinh.",
            ),
            P(
                "Điều 4. Bên nào muốn chấm dứt hợp đồng trước hạn phải báo trước một tuần. Hợp đồng lập thành hai bản, mỗi bên giữ một bản. BÊN A {person_name|Đoàn Quốc Khánh} · BÊN B {person_name|Trần Phước Nguyên}",
            ),
            P(
                "Tin nhắn Zalo giữa chị {person_name|Linh} và thầy {person_name|Nguyên} (thầy gõ không dấu):",
            ),
            P(
                "[27/02 21:15] {person_name|Trần Phước Nguyên}: Chi {person_name|Linh} oi em gui chi tong ket thang 2: em day 8 buoi (09/2 den 27/2, 2 buoi nghi Tet da day bu), 8 x 250k = 2tr. {person_name|Minh Chau} tien bo phan hinh hoc, phan dai so con sai do doc de voi. Chi chuyen giup em vao tk TPBank {vn.bank_account|03187462501} a",
            ),
            P(
                "[27/02 21:40] {person_name|Mỹ Linh Lương}: Chị chuyển rồi nha em. Công ty anh {person_name|Khánh} có hỗ trợ học phí cho con nhân viên, cần giấy biên nhận có mã số thuế của người nhận tiền, em gửi chị mã số thuế cá nhân được không?",
            ),
            P(
                "[27/02 22:02] {person_name|Trần Phước Nguyên}: Da em khong co MST rieng, em hoi thi bay gio MST ca nhan dung luon so dinh danh, cua em la {vn.tax_code|046204003871}. Em viet giay bien nhan ghi ten anh {person_name|Khanh} nha chi",
            ),
            P(
                "[16/03 18:05] {person_name|Trần Phước Nguyên}: Chi oi toi nay em bi sot, em xin nghi. Em nho ban cung lop day thay duoc khong a, ban ay cung day kem lop 9",
            ),
            P(
                "[16/03 18:20] {person_name|Mỹ Linh Lương}: Thôi em nghỉ cho khỏe, chị không quen để người lạ vào nhà buổi tối. Em dạy bù hôm thứ Bảy nha. Tuần sau anh {person_name|Khánh} đi công tác, tối thứ Hai em cứ gọi số máy bàn nhà chị {vn.phone|0236 3617 284}, bà ngoại {person_name|Minh Châu} ra mở cổng.",
            ),
            P(
                "[31/03 21:30] {person_name|Trần Phước Nguyên}: Thang 3 em day 12 buoi, buoi 16/3 em nghi da bu hom 21/3, tong 3tr. Em doi so dien thoai moi {vn.phone|0896 410 735}, chi luu giup em a",
            ),
            P(
                "[31/03 21:52] {person_name|Mỹ Linh Lương}: Chị chuyển 3tr từ tk Vietcombank {vn.bank_account|0041000385217} rồi. Cô chủ nhiệm bảo {person_name|Châu} lên hạng 5 của lớp nhờ môn Toán, cảm ơn thầy {person_name|Nguyên} nhiều 😊",
            ),
        ],
    },
    Doc {
        name: "email-dat-phong-homestay-khach-nuoc-ngoai",
        parts: &[
            P(
                "Hộp thư đặt phòng của Sông Hoài Homestay · 27 Nguyễn Phúc Chu, phường Hội An, thành phố Đà Nẵng · booking@songhoaihomestay.vn · trích các thư tháng 3/2026",
            ),
            P(
                "From: {person_name|Arjun Mehta} <{email|arjun.mehta88@gmail.com}> · To: booking@songhoaihomestay.vn · 02 Mar 2026 23:41 · Subject: Family room 18-22 March, 2 adults + 1 child",
            ),
            P(
                "Hello, we are a family of three from Pune, India: myself, my wife {person_name|Priya} and our son {person_name|Kabir}, who is six. We would like the garden family room from 18 to 22 March (4 nights) with an extra bed. We land at Da Nang airport at 14:10 on 18 March; can you arrange a pick-up? I can pay the deposit by card. Regards, {person_name|Arjun}. Mobile/WhatsApp +91 98201 45367.",
            ),
            P(
                "From: {person_name|Trương Thị Bích Thủy} <booking@songhoaihomestay.vn> · To: {email|arjun.mehta88@gmail.com} · 03 Mar 2026 08:15 · Subject: Re: Family room 18-22 March",
            ),
            P(
                "Dear {person_name|Arjun}, thank you for choosing us. The family room is free on those dates, 1,200,000 VND per night with breakfast; the extra bed for {person_name|Kabir} is free of charge. Airport pick-up is 300,000 VND. For the 30% deposit please use the payment link we will send; please never send card numbers by e-mail. For the guest registration required by Vietnamese law we need each passport's photo page, and a Vietnamese phone number if you buy a local SIM. Best regards, {person_name|Thủy} (owner), mobile/Zalo {vn.phone|0905 862 413}.",
            ),
            P(
                "From: {person_name|Arjun Mehta} · 03 Mar 2026 19:02 · Sorry, I had already filled in the form on your website before reading your mail: Visa {payment_card|4716 2083 5519 6409}, exp 09/28. Passport details for the registration: {person_name|Arjun Mehta}, born {date_of_birth|14 March 1988}, passport {vn.passport|Z5317284}; {person_name|Priya Mehta}, born {date_of_birth|02 Nov 1990}, passport {vn.passport|T4928163}; {person_name|Kabir Mehta}, born {date_of_birth|21/07/2019}, passport {vn.passport|W1836402}.",
            ),
            P(
                "Thư nội bộ · Từ: {person_name|Trương Thị Bích Thủy} <{email|bichthuy.truong67@gmail.com}> · Đến: {person_name|Lê Trương Minh Quân} <{email|quan.ltm@gmail.com}> · 04/03/2026 07:30 · Con ơi, khách Ấn Độ gửi số thẻ qua e-mail, mẹ đã xóa thư đó; con vào trang quản trị hủy giao dịch trên form và gửi lại link thanh toán cho khách. Hệ thống ghi yêu cầu đặt phòng gửi từ IP {ip_address|49.36.112.57}, đừng lưu số thẻ. Ngày 18/3 con khai báo lưu trú cho ba khách trước 23 giờ. Mẹ đã hẹn chú {person_name|Phan Văn Dũng} lấy xe riêng của chú, biển số {vn.licence_plate|43A-518.72}, ra sân bay đón khách.",
            ),
            P(
                "From: {person_name|Chloe Bennett} <{email|chloe.bennett97@outlook.com}> · To: booking@songhoaihomestay.vn · 09 Mar 2026 13:27 · Subject: Single room 20-27 March + cooking class",
            ),
            P(
                "Hi {person_name|Thủy}! My friend {person_name|Hannah Lee} stayed with you last year and loved it. I'm an Australian nurse travelling solo, arriving 20 March by sleeper bus from Huế. Could I book the small balcony room for 7 nights and the cooking class on the 22nd? Passport {vn.passport|N7294016}, DOB {date_of_birth|27/06/1997}. I'll be on a Viettel SIM from Hanoi: {vn.phone|+84 358 604 129}. Cheers, {person_name|Chloe}",
            ),
            P(
                "Tin nhắn Zalo {person_name|Quân} gửi mẹ, 18/03/2026 21:05 (không dấu): \"Me oi con khai bao luu tru xong roi, 3 khach An Do ho chieu {vn.passport|Z5317284}, {vn.passport|T4928163}, {vn.passport|W1836402}. Chu {person_name|Dung} don khach ve toi noi roi, be {person_name|Kabir} ngu tren xe. Anh {person_name|Arjun} moi mua sim Mobifone o san bay, con ghi so {vn.phone|0703518246} cua anh ay vao so khach roi nha\"",
            ),
        ],
    },
    Doc {
        name: "so-dang-ky-xuat-gia-gieo-duyen-chua-khmer",
        parts: &[
            P("CHÙA PRÊY TRÔP · BAN QUẢN TRỊ CHÙA · ấp Trà Ốt, xã Tập Sơn, tỉnh Vĩnh Long"),
            P(
                "SỔ ĐĂNG KÝ XUẤT GIA GIEO DUYÊN MÙA HÈ NĂM 2026 (Phật lịch 2570) · Achar {person_name|Thạch Sơn Huol}, thư ký Ban quản trị, ghi",
            ),
            P(
                "Theo truyền thống của đồng bào Khmer, con trai trước khi trưởng thành nên vào chùa tu học một thời gian. Mùa hè năm nay chùa nhận 4 em tu từ ngày 10/06/2026 đến ngày 20/08/2026, học chữ Khmer, kinh Pali và giới luật dưới sự hướng dẫn của Đại đức {person_name|Kim Sa Ran}; Hòa thượng trụ trì {person_name|Thạch Sok Khol} chủ trì lễ xuất gia sáng 10/06. Mỗi em có cha mẹ hoặc người giám hộ ký giấy đồng ý; chùa giữ bản sao giấy khai sinh và số điện thoại để liên lạc.",
            ),
            P(
                "1. Em {person_name|Thạch Chanh Tha}, sinh ngày {date_of_birth|03-02-2010}, số định danh cá nhân {vn.cccd|084210005631}, học lớp 10 Trường Phổ thông Dân tộc nội trú tỉnh. Cha là ông {person_name|Thạch Sà Rết}, sinh năm {date_of_birth|1978}, căn cước số {vn.cccd|084078002716}; mẹ là bà {person_name|Kim Thị Sa Phia}; nhà ở {vn.address|ấp Ô Chích A, xã Tập Sơn, tỉnh Vĩnh Long}, điện thoại {vn.phone|0374 629 105}. Pháp danh khi xuất gia: {person_name|Sumano}.",
            ),
            P(
                "2. Em {person_name|Sơn Ngọc Thạch}, sinh năm {date_of_birth|2009}. Mẹ là chị {person_name|Sơn Thị Sà Rây}, công nhân may ở Bình Dương, điện thoại {vn.phone|0707 285 316}; em ở với ông ngoại là ông {person_name|Sơn Văn Khên}, sinh năm {date_of_birth|1950}, ở {vn.address|ấp Chợ, xã Tập Sơn, tỉnh Vĩnh Long}. Ông {person_name|Khên} không biết chữ quốc ngữ, ký giấy đồng ý bằng chữ Khmer và lăn tay; số chứng minh nhân dân cũ của ông là {vn.cmnd|334152847}. Pháp danh: {person_name|Dhammapalo}.",
            ),
            P(
                "3. Em {person_name|Danh Thanh Sang}, sinh ngày {date_of_birth|18.06.2012}, nhỏ tuổi nhất, xin tu theo anh họ là em {person_name|Chanh Tha}. Cha là anh {person_name|Danh Văn Út}, mẹ là chị {person_name|Thạch Thị Mỹ Hạnh}, ở {vn.address|số 45 ấp Trà Ốt, xã Tập Sơn, tỉnh Vĩnh Long}, điện thoại {vn.phone|0387 503 264}. Em bị hen suyễn, chùa giữ thuốc xịt và nhờ mẹ em mỗi tuần lên thăm một lần.",
            ),
            P(
                "4. Em {person_name|Lâm Vũ Hùng}, sinh ngày {date_of_birth|25/11/2008}, căn cước số {vn.cccd|084208001472}, điện thoại riêng {vn.phone|0328 416 750}, vừa thi xong tốt nghiệp THPT. Cha là ông {person_name|Lâm Văn Phol}, sinh năm {date_of_birth|1970}, ở {vn.address|ấp Sóc Cụt, xã Tập Sơn, tỉnh Vĩnh Long}, làm nghề đan đát. Em {person_name|Hùng} xin tu đến hết tháng 8 rồi nhập học Trường Đại học Trà Vinh.",
            ),
            P(
                "Phật tử trong ấp góp gạo, tiền nuôi chư tăng và các em trong mùa tu. Ai muốn cúng dường bằng chuyển khoản xin chuyển vào tài khoản Agribank số {vn.bank_account|7410205162839} đứng tên Achar {person_name|Thạch Sơn Huol} (chùa chưa mở tài khoản riêng), ghi rõ họ tên để Ban quản trị đọc hồi hướng công đức trong lễ Dâng y.",
            ),
            P("Trích nhóm Zalo \"Phụ huynh tu hè chùa Prêy Trôp\" (gõ không dấu):"),
            P(
                "[12/06 20:14] {person_name|Son Thi Sa Ray}: Achar oi con {person_name|Thach} o chua co quen khong a, em goi may lan khong duoc. Em gui 500k vao tk {vn.bank_account|7410205162839} cung duong cho cac thay, ten nguoi gui {person_name|SON THI SA RAY}",
            ),
            P(
                "[12/06 20:31] {person_name|Thach Son Huol}: Chi {person_name|Sa Ray} yen tam, cac em o chua khong giu dien thoai, toi thu 7 moi duoc goi ve nha 15 phut. {person_name|Thach} hoc chu Khmer nhanh lam. Toi nhan tien roi, se doc ten chi trong le.",
            ),
        ],
    },
    Doc {
        name: "thong-bao-phat-nguoi-va-ban-tuong-trinh",
        parts: &[
            P(
                "CÔNG AN THÀNH PHỐ HỒ CHÍ MINH · PHÒNG CẢNH SÁT GIAO THÔNG · 459 Trần Hưng Đạo, phường Cầu Ông Lãnh, Thành phố Hồ Chí Minh",
            ),
            P(
                "THÔNG BÁO về việc phương tiện vi phạm được phát hiện qua hệ thống camera giám sát · Số 1874/TB-PC08",
            ),
            P(
                "Kính gửi: ông {person_name|Vương Kiến Hoa}, chủ phương tiện, địa chỉ {vn.address|số 118 đường Lão Tử, phường Chợ Lớn, Thành phố Hồ Chí Minh}.",
            ),
            P(
                "Hồi 15 giờ 42 phút ngày 14/03/2026, tại Km 12+300 Quốc lộ 51, hệ thống camera giám sát ghi nhận xe ô tô con biển số {vn.licence_plate|51K-382.14}, nhãn hiệu Toyota Vios màu bạc, chạy 92 km/h trên đoạn đường giới hạn 80 km/h. Theo dữ liệu đăng ký, phương tiện đứng tên ông {person_name|Vương Kiến Hoa}, sinh ngày {date_of_birth|06.01.1961}; giấy chứng nhận đăng ký xe cấp năm 2017 ghi số chứng minh nhân dân {vn.cmnd|022514863}.",
            ),
            P(
                "Đề nghị chủ phương tiện hoặc người điều khiển phương tiện tại thời điểm vi phạm có mặt tại Đội Cảnh sát giao thông đường bộ số 4 trong thời hạn 20 ngày kể từ ngày nhận thông báo để giải quyết, mang theo giấy tờ tùy thân và giấy tờ xe. Cán bộ thụ lý: Thượng úy {person_name|Lâm Quốc Cường}.",
            ),
            P("BẢN TƯỜNG TRÌNH (gửi Đội Cảnh sát giao thông đường bộ số 4, con gái đánh máy hộ)"),
            P(
                "Tôi là {person_name|Vương Kiến Hoa}, sinh năm {date_of_birth|1961}, căn cước số {vn.cccd|079061008264}, ở {vn.address|số 118 Lão Tử, phường Chợ Lớn, TP. HCM}, điện thoại {vn.phone|0903 715 248}. Tôi xin tường trình: chiếc xe {vn.licence_plate|51K-382.14} tôi đã bán ngày 20/08/2024 cho anh {person_name|Đinh Công Thắng}, sinh năm {date_of_birth|1990}, căn cước số {vn.cccd|075090004183}, ở {vn.address|số 52/7 đường Phạm Văn Thuận, phường Tam Hiệp, tỉnh Đồng Nai}, điện thoại {vn.phone|0978 241 563}, bằng giấy mua bán viết tay có ông {person_name|Lý Chấn Minh}, hàng xóm của tôi, ký làm chứng. Anh {person_name|Thắng} hứa sang tên trong tháng nhưng đến nay chưa làm, tôi đã nhắc hai lần. Ngày 14/03/2026 tôi ở nhà, không lái xe; tôi mắt kém, đã thôi lái xe từ năm 2024.",
            ),
            P(
                "Tôi gửi kèm bản sao giấy mua bán xe và ảnh chụp tin nhắn Zalo trong đó anh {person_name|Thắng} thừa nhận người lái xe hôm đó. Đề nghị quý Đội xác minh, xử lý đúng người vi phạm và hướng dẫn tôi thủ tục thu hồi đăng ký, biển số để tôi không còn đứng tên chiếc xe này. Người tường trình {person_name|Vương Kiến Hoa} (đánh máy hộ: con gái {person_name|Vương Tuệ Nghi}, e-mail {email|tuenghi.vuong@gmail.com}, điện thoại {vn.phone|0937 406 218})",
            ),
            P("Ảnh chụp tin nhắn Zalo ngày 16/03/2026 (không dấu):"),
            P(
                "[08:12] {person_name|Vương Tuệ Nghi}: Anh {person_name|Thang} oi, ba em nhan giay phat nguoi xe {vn.licence_plate|51K-382.14} chay qua toc do ngay 14/3 tren QL51. Xe anh mua cua ba em tu 2024 ma chua sang ten, anh len giai quyet giup em nha",
            ),
            P(
                "[09:40] {person_name|Thang Dinh}: Chet, hom do thang em vo anh la {person_name|Ha Van Tien} muon xe di Vung Tau. No co bang B, so bang lai {vn.driving_licence|750095128463}, sinh nam {date_of_birth|1995}. De anh bao no tu len doi CSGT nop phat, tuan sau anh di sang ten luon, xin loi chu {person_name|Hoa} nhieu",
            ),
            P(
                "[09:45] {person_name|Thang Dinh}: So cua {person_name|Tien} la {vn.phone|0398 162 574} de ben doi lien he. Dia chi no {vn.address|so 9 hem 31 duong Nguyen An Ninh, phuong Vung Tau, TP HCM}",
            ),
            P(
                "GHI NHẬN CỦA CÁN BỘ THỤ LÝ: Ngày 24/03/2026 anh {person_name|Hà Văn Tiến}, sinh ngày {date_of_birth|09/05/1995}, căn cước số {vn.cccd|077095006281}, đến Đội thừa nhận là người điều khiển xe {vn.licence_plate|51K-382.14} lúc vi phạm; đã lập biên bản vi phạm hành chính và anh đã nộp phạt. Ông {person_name|Vương Kiến Hoa} không bị xử phạt; ông {person_name|Hoa} được hướng dẫn nộp hồ sơ thu hồi đăng ký. Anh {person_name|Đinh Công Thắng} cam kết làm thủ tục sang tên trước ngày 30/04/2026. Thượng úy {person_name|Lâm Quốc Cường}",
            ),
        ],
    },
    Doc {
        name: "bien-ban-nguoi-benh-tu-y-roi-vien-chua-thanh-toan",
        parts: &[
            P(
                "BỆNH VIỆN ĐA KHOA THÀNH PHỐ CẦN THƠ · PHÒNG CÔNG TÁC XÃ HỘI · 04 Châu Văn Liêm, phường Ninh Kiều, thành phố Cần Thơ · ĐT 0292 3821 288",
            ),
            P(
                "BIÊN BẢN VỀ VIỆC NGƯỜI BỆNH TỰ Ý RỜI KHỎI BỆNH VIỆN KHI CHƯA KẾT THÚC ĐIỀU TRỊ VÀ CHƯA THANH TOÁN VIỆN PHÍ",
            ),
            P(
                "Hồi 06 giờ 30 ngày 17/04/2026, tại khoa Hồi sức tích cực - Chống độc, chúng tôi gồm: điều dưỡng trưởng khoa {person_name|Lê Ngọc Hân}; nhân viên bảo vệ {person_name|Châu Minh Trí}; nhân viên công tác xã hội {person_name|Tô Thị Mỹ Duyên}, lập biên bản như sau.",
            ),
            P(
                "Người bệnh: ông {person_name|Huỳnh Văn Tám}, sinh năm {date_of_birth|1957}, căn cước số {vn.cccd|092057003816}, địa chỉ {vn.address|ấp Thới Hòa B, xã Thới Lai, thành phố Cần Thơ}, vào viện lúc 21 giờ 15 ngày 09/04/2026 vì ngộ độc thuốc diệt cỏ, do người hàng xóm là anh {person_name|Trần Văn Lợi}, điện thoại {vn.phone|0367 512 048}, chở đến. Thẻ BHYT hộ gia đình số {vn.health_insurance_card|GD4929220184736} đã hết hạn ngày 31/12/2025, chưa gia hạn, nên người bệnh tự chi trả toàn bộ chi phí.",
            ),
            P(
                "Lúc 05 giờ 40 ngày 17/04/2026, điều dưỡng trực phát hiện giường số 12 trống, kim truyền bị rút ra để lại trên giường, đồ đạc cá nhân mang đi hết. Người nhà túc trực là con trai người bệnh, anh {person_name|Huỳnh Văn Đực}, cũng không còn ở khoa. Điều dưỡng gọi vào số anh {person_name|Đực} khai khi nhập viện, {vn.phone|0939 852 174}, nhưng thuê bao không liên lạc được.",
            ),
            P(
                "Trích camera an ninh do anh {person_name|Trí} xuất từ hệ thống: 02 giờ 11 phút, một người đàn ông mặc áo mưa dìu một người mặc đồ bệnh viện đi từ hành lang khoa ra cầu thang bộ; 02 giờ 17 phút, hai người ra cổng số 2 (cổng đường Phan Văn Trị), lên xe máy Honda Wave màu xanh biển số {vn.licence_plate|65-F1 426.83}, chạy về hướng cầu Cái Răng. Bảo vệ cổng số 2 lúc đó đang đi tuần khu nhà xe nên không thấy.",
            ),
            P(
                "Chi phí điều trị chưa thanh toán tính đến ngày 17/04/2026: 38.640.000 đồng (đã tạm ứng 3.000.000 đồng). Khi rời viện người bệnh chưa hết nguy cơ suy hô hấp; bác sĩ điều trị đề nghị liên hệ gia đình đưa người bệnh trở lại hoặc đến cơ sở y tế gần nhất. Biên bản lập xong lúc 07 giờ 10 cùng ngày. ĐIỀU DƯỠNG TRƯỞNG {person_name|Lê Ngọc Hân} · BẢO VỆ {person_name|Châu Minh Trí} · CÔNG TÁC XÃ HỘI {person_name|Tô Thị Mỹ Duyên}",
            ),
            P(
                "GHI CHÉP CỦA NHÂN VIÊN CÔNG TÁC XÃ HỘI · 17/04/2026, 09 giờ: gọi được anh {person_name|Trần Văn Lợi}. Anh {person_name|Lợi} cho biết gia đình ông {person_name|Tám} là hộ cận nghèo, ông làm thuê cắt lúa, vợ ông là bà {person_name|Nguyễn Thị Bé Tư} bị tai biến nằm một chỗ; anh {person_name|Đực} sợ nợ viện phí nên chở cha về lúc nửa đêm. Anh {person_name|Lợi} cho số của vợ anh {person_name|Đực} là chị {person_name|Lý Thị Kim Thoa}, {vn.phone|0868.205.437}.",
            ),
            P(
                "10 giờ 20: gọi được chị {person_name|Thoa}. Ông {person_name|Tám} về nhà vẫn thở mệt, chị đã mời y sĩ trạm y tế xã đến. Tôi giải thích nguy hiểm, đề nghị gia đình đưa ông trở lại ngay; bệnh viện sẽ làm hồ sơ xin Quỹ hỗ trợ bệnh nhân nghèo và không giữ giấy tờ của ông. 13 giờ 05: anh {person_name|Đực} chở ông {person_name|Tám} trở lại bằng chiếc xe {vn.licence_plate|65-F1 426.83}, ông được nhận lại vào khoa.",
            ),
            P(
                "Tin nhắn anh {person_name|Đực} gửi điện thoại của phòng Công tác xã hội ngày 24/04/2026 (không dấu): \"Chi {person_name|Duyen} oi, cha em ra vien roi, cam on benh vien. Em chuyen 5tr tra bot vien phi tu tk Agribank {vn.bank_account|7311205628394} ten {person_name|HUYNH VAN DUC}, con lai em xin tra dan moi thang 2tr. The BHYT cua cha em gia han roi, ma so BHXH cua cha em la {vn.social_insurance|9220184736}. Can gi chi goi em so moi {vn.phone|0784 329 510}, so cu em lam mat roi\"",
            ),
        ],
    },
];
