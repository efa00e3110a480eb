//! A fourteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text again, with three tables (a driving-test
//! candidate list and two forms). The kinds differ from the earlier sets' (a garment company's
//! decision to dismiss a worker for taking cloth with an extract of the disciplinary meeting's
//! minutes, a Shopee chat between a buyer and a shop's customer care about a wrong-colour air
//! fryer, typed without diacritics on the buyer's side, a driving school's list of candidates for
//! the class B test with its Zalo group partly without diacritics, an online passport application
//! (TK01) with the portal's log and a call-centre note, a lottery company's record of paying out a
//! jackpot, a teacher's Facebook appeal for a pupil with leukaemia with comments and an update, a
//! divorced mother's e-mail to a law firm about unpaid child support with the lawyer's reply, and a
//! provincial police wanted notice). Every piece of personal data is marked `{detector|value}`:
//! names after a title or a label (ông, bà, anh, chị, cháu, bé, thầy, cô, luật sư, LS., BS., Đại
//! úy, CSKH, chủ TK) are marked without it; given names used alone after a first mention ("ông
//! Thắng", "Anh Duy", "ông Quý", "Luật sư Hà", "shipper ten Khang", "Ban Mai", "Anh Hiếu", "bà
//! Ngọc", "ông Thanh", "Ông Út", "chị Lài", "chi Lai", "cô Thủy", "anh Đức", "tên Hằng", "chị
//! Liên", "Mạnh", "Chiến") are marked; Facebook and Zalo display names ("Hoàng Thu Thủy", "Nông
//! Mai", "Dương Quyết", "Tran Bao Ngoc", "Hương Giang Phạm") are marked as written, and so are
//! ALL-CAPS and unaccented names (a form filled in capitals, account holders LE THUY DUONG, HOANG
//! VAN KHIEM, LE VAN UT, DINH THI LAI, KIEU VAN DUC, the buyer's "Le Thuy Duong" in the chat).
//! Judgement calls: a wanted man's alias ("Chiến Còi", his tên gọi khác) is marked as a person's
//! name; names inside transfer descriptions ("NONG THI MAI K26B03", "ung ho be Nhat", "Ho tro chau
//! Vo Minh Nhat") are marked; the shop's customer-care agent, named by her display name in every
//! reply, is marked each time (a person, though she speaks for the shop); given names that are also
//! place names or words are marked where they name a person ("Phan Thị Huế", "Luật sư Hà", "Lê Văn
//! Út", "BÉ NHẬT") and not elsewhere (the city of Huế, "CẬP NHẬT"); a year alone after "sinh năm"
//! or "SN", and a mother's birth year in the passport form, are marked as dates of birth; a child's
//! personal identification number (mã định danh) is marked as a CCCD, and the old nine-digit cards
//! of the passport applicant, the lottery winner and the wanted man as CMNDs; the dismissed
//! worker's BHXH number is marked as a social insurance number and the BHYT card that contains it
//! as a health insurance card, and a pupil's TE1 card likewise; the BHXH number a divorced mother
//! copied from her ex-husband's old book is marked; the worker's and the winner's personal tax
//! codes and a husband's personal tax code given for an e-invoice are marked; a buyer's full Visa
//! number pasted into the chat and a Mastercard number read out to a call centre and written in its
//! note are marked as payment cards, while the masked "****0257" is not; a husband's passport
//! number that his wife gives in that note is marked; the passport applicant's IP in the portal's
//! log and the IP in the reader's e-mail header (X-Originating-IP) are marked; a driving licence
//! repeated in the Zalo group and the ex-husband's car plate repeated in the lawyer's reply are
//! marked again; a phone number the mother says no longer answers is marked (still his); the wanted
//! man's, the investigator's, the lawyer's, the driving instructor's and the teacher's mobiles are
//! marked (persons' phones, not switchboards), as is the lawyer's named work e-mail; the flat a
//! buyer says she will move to next month is marked as an address; addresses written the old way
//! with districts or towns that no longer exist (TP Thu Duc, huyện Văn Giang, TP. Rạch Giá, huyện
//! Mỹ Tú, huyện Bố Trạch, TP. Thủ Dầu Một) are marked whole, as are addresses holding streets,
//! wards and communes named after people (Phan Đình Phùng, Lương Ngọc Quyến, Mạc Cửu, Nguyễn Hữu
//! Thọ, Đặng Văn Bi, Bùi Quốc Khánh, Bà Triệu, Hoàng Văn Thụ, Lương Văn Tri). Left unmarked on
//! purpose: people named only by initials (P.V.Đ., L.V.H., N.M.K.) or by a role (the secretary of
//! the meeting, the head teacher, the security guard sent with the winner), organisation data (the
//! garment company's, shop's, driving centre's, lottery company's and law firm's tax codes
//! 0900969333, 1800118267 and 0108795425, addresses, landlines, 1900 hotlines, the shop's warehouse
//! line, role mailboxes hoadon@ and tuvan@, and the organisation accounts: the shop's Techcombank
//! 19132468350017, the driving centre's Agribank 8300201004315, the lottery company's Vietcombank
//! 0111000247936 and the children's fund's Agribank 3700201006789), the driving centre's test cars
//! (20A-218.46, 20A-305.17), the hospital's social-work line and a charity kitchen's hotline;
//! document and reference numbers (decisions 27/2026/QĐ-KL, 58/QĐ-TTĐT, 03/QĐTN-CSHS, 21/QĐ-CSHS,
//! records 03/BB-BV and 014/BB-TT, judgment 112/2023/HNGĐ-ST, enforcement decision 458/QĐ-CCTHADS,
//! staff code HP-04127, a lawyer's card 15734/LS, health certificates 1587/GKSK-BVA and
//! 0942/GKSK-TTYT, Shopee order 2601148KQ7R2MX and return request 2601152JX6WQ, SPX tracking
//! numbers, transfer references FT..., payment reference PAYGOV-260112-873104, dossier code
//! G22.79-260112-0045, postal item EL873104562VN, patient code 2600418373, the lottery number
//! 482915 with its series 1K2 and serials 0157342 and 0157343, tax voucher 0000127 CT/26E, course
//! code K26B03), laws and articles, amounts, ages, heights, injury rates, places of birth, gender,
//! ethnicity and religion (not graded in these sets), non-birth dates (decision, incident, meeting,
//! issue and expiry, draw, payment, test, judgment, enforcement, posting and e-mail dates), and the
//! places and streets named after people outside an address (the lottery company's 09 Phan Đình
//! Phùng, Tô Ký, Trần Thái Tông, Lê Lợi, Ngô Quyền; Nam Kỳ Khởi Nghĩa is named after an uprising).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_14: &[Doc] = &[
    Doc {
        name: "quyet-dinh-ky-luat-sa-thai",
        parts: &[
            P("CÔNG TY TNHH MAY MẶC HƯNG PHÁT - MST 0900969333"),
            P("Lô C3, Khu công nghiệp Phố Nối A, xã Lạc Hồng, tỉnh Hưng Yên · ĐT 0221 3987 456"),
            P("Số: 27/2026/QĐ-KL · Hưng Yên, ngày 23 tháng 01 năm 2026"),
            P("QUYẾT ĐỊNH Về việc xử lý kỷ luật lao động bằng hình thức sa thải"),
            P("GIÁM ĐỐC CÔNG TY TNHH MAY MẶC HƯNG PHÁT"),
            P(
                "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019 và Nghị định số 145/2020/NĐ-CP; Căn cứ Nội quy lao động của Công ty đã đăng ký tại Sở Nội vụ tỉnh ngày 15/3/2024; Căn cứ Biên bản sự việc số 03/BB-BV ngày 06/01/2026 của Tổ bảo vệ và Biên bản họp xử lý kỷ luật lao động ngày 20/01/2026;",
            ),
            P("QUYẾT ĐỊNH:"),
            P(
                "Điều 1. Thi hành kỷ luật lao động bằng hình thức sa thải đối với ông {person_name|Đoàn Văn Thắng}, sinh ngày {date_of_birth|19/07/1991}, CCCD số {vn.cccd|033091129945}, mã nhân viên HP-04127, tổ trưởng tổ cắt - Xưởng 2, thường trú tại {vn.address|thôn Đào Xá, xã Nghĩa Trụ, huyện Văn Giang, tỉnh Hưng Yên}, kể từ ngày 24/01/2026.",
            ),
            P(
                "Lý do: khoảng 17 giờ 40 ngày 06/01/2026, ông {person_name|Thắng} dùng xe máy Honda Wave biển số {vn.licence_plate|89-H1 276.54} chở 42 cuộn vải kaki thành phẩm (trị giá 18.900.000 đồng) ra khỏi kho Xưởng 2 mà không có phiếu xuất kho, bị bảo vệ phát hiện và lập biên bản tại cổng số 2. Hành vi này thuộc trường hợp trộm cắp tài sản của người sử dụng lao động quy định tại khoản 1 Điều 125 Bộ luật Lao động và Điều 28 Nội quy lao động.",
            ),
            P(
                "Điều 2. Công ty thanh toán tiền lương những ngày làm việc của tháng 01/2026 và tiền lương 9 ngày phép năm chưa nghỉ vào tài khoản nhận lương của ông {person_name|Thắng} tại Vietinbank số {vn.bank_account|106873452190}; chốt và trả sổ bảo hiểm xã hội mã số {vn.social_insurance|3317046285} trong thời hạn 14 ngày làm việc; thu hồi thẻ BHYT số {vn.health_insurance_card|DN4333317046285} để báo giảm. Chứng từ khấu trừ thuế TNCN năm 2025 được cấp theo MST cá nhân {vn.tax_code|8084005944}.",
            ),
            P(
                "Điều 3. Trưởng phòng Hành chính - Nhân sự, Quản đốc Xưởng 2, Kế toán trưởng và ông {person_name|Đoàn Văn Thắng} chịu trách nhiệm thi hành Quyết định này. Quyết định được gửi Ban Chấp hành Công đoàn cơ sở và gửi người lao động qua địa chỉ tạm trú {vn.address|phòng 6, dãy trọ số 14 ngõ 3 thôn Ngọc Quỳnh, xã Như Quỳnh, tỉnh Hưng Yên} và email {email|thangdoan91@gmail.com}.",
            ),
            P("Nơi nhận: Như Điều 3; Sở Nội vụ tỉnh Hưng Yên (để báo cáo); Lưu: VT, HCNS."),
            P("GIÁM ĐỐC (đã ký và đóng dấu) {person_name|Lưu Quang Vinh}"),
            P(
                "TRÍCH BIÊN BẢN HỌP XỬ LÝ KỶ LUẬT LAO ĐỘNG - 14 giờ ngày 20/01/2026, tại phòng họp tầng 2 nhà điều hành",
            ),
            P(
                "Thành phần: bà {person_name|Trịnh Thị Hồng Nhung}, Trưởng phòng HCNS, chủ trì; ông {person_name|Mạc Văn Quý}, Chủ tịch Công đoàn cơ sở; anh {person_name|Nguyễn Khắc Duy}, nhân viên bảo vệ ca chiều; người lao động bị xử lý kỷ luật: ông {person_name|Đoàn Văn Thắng} (SĐT {vn.phone|0979 306 418}); người bào chữa: luật sư {person_name|Vi Thị Thu Hà}, Đoàn Luật sư tỉnh Hưng Yên, thẻ luật sư số 15734/LS.",
            ),
            P(
                "Anh {person_name|Duy} trình bày: lúc kiểm tra xe ra cổng thấy hai bao tải buộc sau xe, bên trong là vải kaki còn nguyên tem Xưởng 2. Camera cổng số 2 ghi lại sự việc lúc 17:41:08. Một công nhân tổ cắt (P.V.Đ.) xác nhận đã giúp ông {person_name|Thắng} khiêng bao ra chỗ để xe nhưng không biết bên trong có gì.",
            ),
            P(
                "Ông {person_name|Thắng} trình bày: \"Tôi nhận là sai. Tôi tưởng đó là vải lỗi chờ thanh lý nên định mang về cho vợ may rèm cửa, không có ý lấy cắp. Vợ tôi là {person_name|Phan Thị Huế} cũng làm ở Xưởng 1, nhà có hai con nhỏ, xin Công ty xem xét hình thức nhẹ hơn.\" Luật sư {person_name|Hà} đề nghị xem xét việc ông {person_name|Thắng} đã tự nguyện giao lại toàn bộ số vải và có 8 năm làm việc không vi phạm.",
            ),
            P(
                "Ý kiến của Công đoàn cơ sở (ông {person_name|Quý}): Công đoàn đã được thông báo trước 5 ngày làm việc theo quy định; thống nhất hành vi là trộm cắp tài sản, song đề nghị Giám đốc cân nhắc hình thức cách chức thay vì sa thải. Kết luận của chủ trì: báo cáo Giám đốc quyết định. Cuộc họp kết thúc lúc 15 giờ 20; ông {person_name|Thắng} không ký biên bản.",
            ),
        ],
    },
    Doc {
        name: "chat-shopee-khieu-nai-giao-sai-hang",
        parts: &[
            P(
                "Shopee · Lịch sử trò chuyện · Shop: Gia Dụng Nhà Bin Official (Shopee Mall) · Người mua: {person_name|Lê Thùy Dương} · Xuất ngày 16/01/2026",
            ),
            P(
                "Đơn hàng #2601148KQ7R2MX · Nồi chiên không dầu 6L, màu Đen (x1) · 1.289.000₫ · Thanh toán: Thẻ tín dụng/ghi nợ ****0257 · Giao bởi SPX Express, mã vận đơn SPXVN053817264920",
            ),
            P(
                "[14/01 20:12] Khách: shop oi don nay minh dat noi chien mau DEN ma giao toi mau TRANG, hop bi mop 1 goc, nap noi bi tray. Minh co quay video luc mo hop roi nha",
            ),
            P(
                "[14/01 20:31] Shop (CSKH {person_name|Ngọc Quyên}): Dạ Gia Dụng Nhà Bin xin lỗi chị vì sự bất tiện ạ 🙏 Chị gửi giúp em video mở hàng và ảnh tem niêm phong. Chị xác nhận lại giúp em họ tên, SĐT và địa chỉ nhận hàng để bên em xử lý nhé ạ.",
            ),
            P(
                "[14/01 20:44] Khách: {person_name|Le Thuy Duong}, sdt {vn.phone|0937 418 205}, dia chi {vn.address|21/6A duong so 9, khu pho 4, p. Linh Xuan, TP Thu Duc, TPHCM}. Hom giao shipper ten {person_name|Khang} goi so {vn.phone|0386 915 027} bao de hang o phong bao ve, toi minh moi nhan duoc",
            ),
            P(
                "[14/01 20:47] Khách: ma minh tra bang the visa {payment_card|4900 3259 0112 0257} ma, sao yeu cau tra hang lai ghi hoan ve ShopeePay? minh muon hoan ve the",
            ),
            P(
                "[14/01 20:52] Shop (CSKH {person_name|Ngọc Quyên}): Dạ chị ơi, chị đừng gửi số thẻ đầy đủ qua tin nhắn ạ, chị thu hồi tin nhắn đó giúp em nhé. Đơn thanh toán bằng thẻ ****0257 thì khi Shopee duyệt yêu cầu Trả hàng/Hoàn tiền sẽ hoàn về đúng thẻ, mất 7-15 ngày làm việc tùy ngân hàng ạ.",
            ),
            P(
                "[15/01 09:05] Shop (CSKH {person_name|Ngọc Quyên}): Dạ bên em xem video rồi ạ, lỗi do kho đóng nhầm màu. Màu đen hết hàng đến cuối tháng nên shop xin hoàn tiền cho chị. Nếu chị không muốn chờ, shop chuyển khoản trực tiếp 1.289.000đ ngay hôm nay và chị hủy yêu cầu trên app, chị gửi em số tài khoản nhé.",
            ),
            P(
                "[15/01 09:20] Khách: ok shop. STK Vietcombank {vn.bank_account|1031874520} chu TK {person_name|LE THUY DUONG}. Shop xuat giup minh hoa don dien tu ten chong minh la {person_name|Phạm Quốc Hưng}, MST ca nhan {vn.tax_code|8023171373}, gui ve mail {email|hung.phamquoc.82@gmail.com} nhe, de anh ay lay hoa don cho cong ty thanh toan",
            ),
            P(
                "[15/01 09:26] Shop (CSKH {person_name|Ngọc Quyên}): Dạ vâng ạ. Chị gửi trả nồi màu trắng giúp em về Kho Gia Dụng Nhà Bin, 58 Tô Ký, phường Trung Mỹ Tây, TP.HCM, SĐT kho 028 3715 6629, phí gửi shop chịu. Hóa đơn điện tử sẽ gửi từ hoadon@giadungnhabin.vn trong 24h. Mọi thắc mắc chị gọi hotline 1900 633 518 (8h-21h) ạ.",
            ),
            P(
                "[16/01 10:02] Shop (CSKH {person_name|Ngọc Quyên}): Shop đã chuyển 1.289.000đ từ TK công ty Techcombank 19132468350017 (CONG TY TNHH GIA DUNG NHA BIN), mã GD FT26016349817, nội dung \"HOAN TIEN DON 2601148KQ7R2MX\". Chị kiểm tra giúp em ạ.",
            ),
            P("[16/01 10:09] Hệ thống: Người mua đã hủy yêu cầu Trả hàng/Hoàn tiền #2601152JX6WQ."),
            P(
                "[16/01 10:15] Khách: nhan duoc roi, cam on shop. Minh gui tra hang o buu cuc SPX Linh Trung roi, ma van don SPXVN054106839275. Lan sau co khuyen mai thi giao ve {vn.address|can ho B.07.12 chung cu Moonlight, duong Dang Van Bi, p. Truong Tho, TPHCM} nha, thang sau nha minh chuyen qua do",
            ),
        ],
    },
    Doc {
        name: "danh-sach-thi-sinh-sat-hach-lai-xe-hang-b",
        parts: &[
            P("SỞ XÂY DỰNG TỈNH THÁI NGUYÊN - TRUNG TÂM ĐÀO TẠO VÀ SÁT HẠCH LÁI XE ĐỒNG TIẾN"),
            P(
                "DANH SÁCH THÍ SINH DỰ SÁT HẠCH CẤP GIẤY PHÉP LÁI XE HẠNG B (số tự động) - Khóa K26B03 - Kỳ sát hạch ngày 07/02/2026 (kèm theo Quyết định số 58/QĐ-TTĐT ngày 26/01/2026)",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số CCCD",
                    "Nơi cư trú",
                    "GPLX đã có",
                    "Ghi chú",
                ],
                &[
                    "1",
                    "{person_name|Hà Thị Phương Thảo}",
                    "{date_of_birth|12/05/2003}",
                    "{vn.cccd|019303739767}",
                    "{vn.address|Tổ 7, phường Phan Đình Phùng, tỉnh Thái Nguyên}",
                    "Chưa có",
                    "GKSK số 1587/GKSK-BVA",
                ],
                &[
                    "2",
                    "{person_name|Dương Văn Quyết}",
                    "{date_of_birth|03/11/1986}",
                    "{vn.cccd|019086151294}",
                    "{vn.address|xóm Đồng Kiệm, xã Phú Bình, tỉnh Thái Nguyên}",
                    "A1 số {vn.driving_licence|190174628305}",
                    "Thi lại phần sa hình",
                ],
                &[
                    "3",
                    "{person_name|Nông Thị Mai}",
                    "{date_of_birth|27/08/1999}",
                    "{vn.cccd|004199258776}",
                    "{vn.address|Số 52, tổ 3, phường Gia Sàng, tỉnh Thái Nguyên}",
                    "Chưa có",
                    "Nợ lệ phí 1.200.000đ",
                ],
                &[
                    "4",
                    "{person_name|Lưu Đức Anh}",
                    "{date_of_birth|15/01/2007}",
                    "{vn.cccd|019207987134}",
                    "{vn.address|xóm Gốc Gạo, xã Đại Phúc, tỉnh Thái Nguyên}",
                    "Chưa có",
                    "Bổ sung 02 ảnh 3x4",
                ],
                &[
                    "5",
                    "{person_name|Trần Minh Hiếu}",
                    "{date_of_birth|30/06/1978}",
                    "{vn.cccd|001078635634}",
                    "{vn.address|16 ngõ 212 Lương Ngọc Quyến, phường Phan Đình Phùng, tỉnh Thái Nguyên}",
                    "A1 số {vn.driving_licence|010178324695}",
                    "Học viên tự do, GKSK số 0942/GKSK-TTYT",
                ],
            ]),
            P(
                "Xe sát hạch: Kia Morning 20A-218.46 và Hyundai Accent 20A-305.17 của Trung tâm. Lệ phí sát hạch: lý thuyết 100.000đ, mô phỏng 100.000đ, sa hình 350.000đ, đường trường 80.000đ; lệ phí cấp giấy phép lái xe 135.000đ.",
            ),
            P(
                "Giáo viên hướng dẫn khóa K26B03: thầy {person_name|Ma Văn Toản}, ĐT {vn.phone|0912 607 384}. Văn phòng Trung tâm: 0208 3855 902.",
            ),
            P("Trích tin nhắn nhóm Zalo \"K26B03 - Hạng B số tự động\":"),
            P(
                "[05/02 21:10] Thầy {person_name|Toản}: ca lop nho mang CCCD ban goc va GKSK, co mat o san sat hach truoc 6h30 ngay 7/2. Ban {person_name|Mai} con thieu 1tr2 le phi, chuyen vao TK trung tam Agribank 8300201004315 (TT DAO TAO SAT HACH LAI XE DONG TIEN), ghi ro ho ten + khoa, KHONG chuyen vao TK ca nhan cua thay nhe",
            ),
            P(
                "[05/02 21:24] {person_name|Nông Mai}: e chuyen roi a, chuyen tu TK Vietinbank {vn.bank_account|103874412690} ten chong e {person_name|HOANG VAN KHIEM}, noi dung \"{person_name|NONG THI MAI} K26B03\"",
            ),
            P(
                "[05/02 21:40] {person_name|Dương Quyết}: thay oi e mat bang A1 roi, chi con anh chup so {vn.driving_licence|190174628305}, nop ban photo co duoc ko a",
            ),
            P(
                "[05/02 21:52] Thầy {person_name|Toản}: duoc, nhung sau thi phai lam thu tuc cap lai. Anh {person_name|Hiếu} bao doi lich sang ky 28/2 thi nhan tin rieng cho thay truoc thu 6 nhe",
            ),
        ],
    },
    Doc {
        name: "to-khai-cap-ho-chieu-pho-thong-truc-tuyen",
        parts: &[
            P(
                "Cổng Dịch vụ công quốc gia · Thủ tục: Cấp hộ chiếu phổ thông có gắn chíp điện tử · Cơ quan tiếp nhận: Phòng Quản lý xuất nhập cảnh Công an TP. Hồ Chí Minh · Mã hồ sơ G22.79-260112-0045",
            ),
            P("TỜ KHAI ĐỀ NGHỊ CẤP HỘ CHIẾU PHỔ THÔNG (Mẫu TK01, người từ đủ 14 tuổi trở lên)"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ, chữ đệm và tên", "{person_name|HUỲNH THỊ BÍCH NGỌC}"],
                &["Giới tính", "Nữ"],
                &["Sinh ngày", "{date_of_birth|09/04/1989}"],
                &["Nơi sinh", "Kiên Giang"],
                &["Số định danh cá nhân", "{vn.cccd|091189640523}"],
                &["Số CMND đã được cấp (nếu có)", "{vn.cmnd|371286459}"],
                &["Dân tộc / Tôn giáo", "Kinh / Phật giáo"],
                &["Số điện thoại", "{vn.phone|0918 264 730}"],
                &["Email", "{email|bichngoc.huynh89@gmail.com}"],
                &[
                    "Nơi thường trú",
                    "{vn.address|số 45 đường Mạc Cửu, phường Vĩnh Thanh, TP. Rạch Giá, tỉnh Kiên Giang}",
                ],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|căn hộ 12.05 chung cư Sunrise Riverside, đường Nguyễn Hữu Thọ, xã Nhà Bè, TP. Hồ Chí Minh}",
                ],
                &["Nghề nghiệp", "Kiểm toán viên"],
                &[
                    "Tên và địa chỉ cơ quan",
                    "Công ty TNHH Kiểm toán và Tư vấn Phương Nam, 132 Nam Kỳ Khởi Nghĩa, phường Bến Thành, TP. Hồ Chí Minh",
                ],
                &[
                    "Cha: họ tên, ngày sinh",
                    "{person_name|Huỳnh Văn Lợi}, {date_of_birth|12/12/1960}",
                ],
                &[
                    "Mẹ: họ tên, ngày sinh",
                    "{person_name|Trần Thị Mỹ}, {date_of_birth|1963}",
                ],
                &[
                    "Vợ/chồng: họ tên, ngày sinh",
                    "{person_name|Lâm Chí Thanh}, {date_of_birth|20/02/1986}",
                ],
                &[
                    "Hộ chiếu phổ thông lần gần nhất",
                    "Số {vn.passport|B8263417}, cấp ngày 14/07/2016, có giá trị đến 14/07/2026",
                ],
                &[
                    "Nội dung đề nghị",
                    "Cấp hộ chiếu có gắn chíp; hộ chiếu cũ còn hạn dưới 6 tháng, cần đi công tác Singapore tháng 3/2026",
                ],
                &[
                    "Hình thức nhận kết quả",
                    "Chuyển phát qua bưu chính về nơi ở hiện tại",
                ],
            ]),
            P(
                "Tôi xin cam đoan những thông tin trên là đúng sự thật. TP. Hồ Chí Minh, ngày 12/01/2026. Người đề nghị: {person_name|Huỳnh Thị Bích Ngọc} (ký bằng tài khoản định danh điện tử mức 2).",
            ),
            P(
                "Nhật ký hệ thống: hồ sơ nộp lúc 21:37:15 ngày 12/01/2026 từ địa chỉ IP {ip_address|171.243.58.112}, Chrome 131 trên Android; lệ phí 200.000đ và cước chuyển phát 30.000đ đã thanh toán qua Cổng thanh toán, mã giao dịch PAYGOV-260112-873104.",
            ),
            P(
                "Ghi chú tiếp nhận phản ánh qua tổng đài 1900 0368 ngày 13/01/2026: bà {person_name|Ngọc} phản ánh bị trừ tiền lệ phí hai lần trên thẻ Mastercard {payment_card|5243 4533 3147 8930} (người dân tự đọc số thẻ, tổng đài viên ghi lại để tra soát), đề nghị hoàn một lần. Đã chuyển bộ phận đối soát, hẹn trả lời trong 3 ngày làm việc. Bà hỏi thêm hồ sơ của chồng là ông {person_name|Thanh} (hộ chiếu số {vn.passport|C5172946} hết hạn tháng 5/2026) có nộp chung được không; đã hướng dẫn mỗi người lập một hồ sơ. Khi cần liên hệ ông {person_name|Thanh}, {vn.phone|0903 517 248}.",
            ),
            P(
                "Phiếu hẹn: trả kết quả dự kiến ngày 20/01/2026 qua Bưu điện, số hiệu bưu gửi EL873104562VN.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-tra-thuong-ve-so-giai-dac-biet",
        parts: &[
            P(
                "CÔNG TY TNHH MỘT THÀNH VIÊN XỔ SỐ KIẾN THIẾT CẦN THƠ · MST 1800118267 · 09 Phan Đình Phùng, phường Ninh Kiều, TP. Cần Thơ · ĐT 0292 3820 473",
            ),
            P("BIÊN BẢN TRẢ THƯỞNG VÉ SỐ TRÚNG GIẢI ĐẶC BIỆT · Số: 014/BB-TT"),
            P(
                "Hôm nay, 9 giờ 15 ngày 19/01/2026, tại phòng trả thưởng của Công ty, chúng tôi gồm: đại diện Công ty là ông {person_name|Quách Tấn Lộc}, Phó Giám đốc; bà {person_name|Dương Ngọc Hân}, Trưởng phòng Kế toán - Tài vụ; ông {person_name|Trịnh Minh Khoa}, chuyên viên kiểm tra vé; và người lĩnh thưởng có thông tin sau:",
            ),
            T(&[
                &["Nội dung", "Thông tin người lĩnh thưởng"],
                &["Họ và tên", "{person_name|Lê Văn Út}"],
                &["Ngày sinh", "{date_of_birth|02/09/1971}"],
                &["Số CCCD", "{vn.cccd|094071922094}, cấp ngày 25/04/2021"],
                &[
                    "Nơi thường trú",
                    "{vn.address|ấp Mỹ Lợi B, xã Mỹ Hương, huyện Mỹ Tú, tỉnh Sóc Trăng}",
                ],
                &["Điện thoại", "{vn.phone|0949 183 562}"],
                &["Mã số thuế cá nhân", "{vn.tax_code|8055715019}"],
                &[
                    "Vé trúng thưởng",
                    "XSKT Cần Thơ mở thưởng ngày 14/01/2026, ký hiệu 1K2, dãy số 482915, seri 0157342 và 0157343 - giải Đặc biệt (02 vé)",
                ],
                &[
                    "Giá trị giải thưởng",
                    "4.000.000.000 đồng (02 vé x 2.000.000.000 đồng)",
                ],
                &[
                    "Thuế TNCN khấu trừ (10% phần vượt 10 triệu đồng/vé)",
                    "398.000.000 đồng",
                ],
                &["Số tiền thực nhận", "3.602.000.000 đồng"],
                &[
                    "Hình thức nhận",
                    "Chuyển khoản vào tài khoản Agribank chi nhánh Mỹ Tú số {vn.bank_account|7602205148372}, chủ tài khoản {person_name|LE VAN UT}",
                ],
            ]),
            P(
                "Vé đã được kiểm tra bằng máy soi và đối chiếu cuống vé, xác định là vé thật, không rách, không tẩy xóa. Ông {person_name|Út} cho biết mua 2 vé cùng số của bà {person_name|Huỳnh Thị Bảy}, người bán vé dạo ở chợ Mỹ Tú, khoảng 15 giờ ngày 14/01/2026, và đề nghị Công ty không công bố họ tên, hình ảnh của mình trên báo chí.",
            ),
            P(
                "Đi cùng ông {person_name|Út} có con trai là anh {person_name|Lê Minh Tâm}, sinh năm {date_of_birth|2003}, CCCD {vn.cccd|094203103618}, ĐT {vn.phone|0363 817 249}. Do tài khoản Agribank của ông {person_name|Út} được mở năm 2012 bằng CMND cũ số {vn.cmnd|365184207}, Công ty đề nghị ông cập nhật CCCD với ngân hàng trước khi chuyển tiền, dự kiến trong ngày 20/01/2026. Tiền thưởng chi từ tài khoản của Công ty số 0111000247936 tại Vietcombank chi nhánh Cần Thơ. Chứng từ khấu trừ thuế TNCN số 0000127, ký hiệu CT/26E, sẽ gửi cho người lĩnh thưởng qua Zalo theo số điện thoại trên.",
            ),
            P(
                "Biên bản lập thành 03 bản, các bên đã đọc lại và ký tên. Người lĩnh thưởng {person_name|Lê Văn Út} (ký, ghi rõ họ tên, lăn tay ngón trỏ phải); đại diện Công ty {person_name|Quách Tấn Lộc} (ký, đóng dấu).",
            ),
        ],
    },
    Doc {
        name: "facebook-keu-goi-giup-hoc-tro-chua-benh",
        parts: &[
            P("Bài viết · {person_name|Hoàng Thu Thủy} · 20 tháng 1 lúc 21:05 · Công khai"),
            P("🆘 CÁC ANH CHỊ ƠI, XIN HÃY CHUNG TAY GIÚP BÉ {person_name|NHẬT} 🆘"),
            P(
                "Em là {person_name|Hoàng Thị Thu Thủy}, giáo viên chủ nhiệm lớp 4B Trường Tiểu học số 1 Thanh Trạch. Học trò của em là cháu {person_name|Võ Minh Nhật}, sinh ngày {date_of_birth|21/10/2016}, đầu tháng 12 vừa rồi đang học thì ngất trong lớp, đưa đi khám thì bác sĩ kết luận bị bạch cầu cấp dòng lympho. Hiện cháu điều trị hóa chất tại Trung tâm Nhi, Bệnh viện Trung ương Huế, phác đồ kéo dài ít nhất 2 năm, bác sĩ điều trị là BS. {person_name|Phan Cảnh Duy}.",
            ),
            P(
                "Bố cháu là anh {person_name|Võ Văn Hải} đi bạn thuyền (làm thuê trên tàu cá), mẹ là chị {person_name|Đinh Thị Lài} bán cá ở chợ xã, nhà còn em gái 3 tuổi. Từ ngày cháu ốm chị {person_name|Lài} nghỉ bán để vào Huế chăm con, nhà đã cầm sổ đỏ vay 80 triệu. Thẻ BHYT trẻ em của cháu ({vn.health_insurance_card|TE1444420390741}) chi trả phần lớn, nhưng thuốc ngoài danh mục, tiền ăn ở, đi lại mỗi đợt vẫn mất 15-20 triệu.",
            ),
            P(
                "Nhà cháu ở {vn.address|thôn Thanh Khê, xã Thanh Trạch, huyện Bố Trạch, tỉnh Quảng Bình}, ai tiện đường có thể ghé thăm. Mọi sự giúp đỡ xin chuyển thẳng cho mẹ cháu: Agribank {vn.bank_account|3808205271946} - {person_name|DINH THI LAI}, hoặc gọi bố cháu {vn.phone|0857 314 926}. Cần xác minh thì gọi em: {vn.phone|0945 217 803}, hoặc phòng Công tác xã hội của bệnh viện 0234 3822 325. Em xin cảm ơn!",
            ),
            P(
                "Ảnh đính kèm: giấy ra viện đợt 1 (mã người bệnh 2600418373), giấy xác nhận hoàn cảnh của UBND xã.",
            ),
            P("156 bình luận · 1,2K lượt chia sẻ"),
            P(
                "{person_name|Nguyễn Hữu Phước}: Đã ck 500k, nd \"ung ho be {person_name|Nhat} lop 4B\". Mong con mau khỏe 🙏",
            ),
            P(
                "{person_name|Tran Bao Ngoc}: e o Sai Gon, chuyen 1tr roi a. Co nhom nao o Hue nau com cho nguoi nha benh nhan ko chi, e nho ban o Hue mang do an vao cho chi {person_name|Lai}",
            ),
            P(
                "{person_name|Lê Quang Vũ}: Mọi người cảnh giác, có nick tên giống cô {person_name|Thủy} đang nhắn tin xin tiền và gửi số tài khoản khác. Chỉ chuyển vào đúng tài khoản của chị {person_name|Lài} trong bài thôi nhé!",
            ),
            P(
                "{person_name|Hương Giang Phạm}: Ai cần giấy biên nhận thì chuyển qua Quỹ Bảo trợ trẻ em tỉnh, STK 3700201006789 tại Agribank, ghi \"Ho tro chau {person_name|Vo Minh Nhat}\", Quỹ chuyển đủ cho gia đình. Nhóm Bếp Yêu Thương ở Huế sẽ mang cơm cho chị {person_name|Lài} hằng ngày, hotline nhóm 0234 3938 567.",
            ),
            P(
                "CẬP NHẬT 25/1: Đến tối nay tài khoản chị {person_name|Lài} đã nhận 312.450.000đ từ 1.284 lượt chuyển khoản, sao kê em để link Google Drive ở bình luận đầu. Gia đình xin dừng nhận để nhường cho các bạn nhỏ cùng phòng, trong đó có bé N.M.K. (6 tuổi) hoàn cảnh còn khó hơn. Cháu {person_name|Nhật} đã xong đợt hóa trị thứ 2, sức khỏe ổn định.",
            ),
        ],
    },
    Doc {
        name: "email-hoi-luat-su-thi-hanh-an-cap-duong",
        parts: &[
            P("From: {person_name|Đào Thị Kim Liên} <{email|kimlien.dao87@gmail.com}>"),
            P("To: tuvan@luatanbinh.vn"),
            P(
                "Date: Sun, 11 Jan 2026 22:18:40 +0700 · X-Originating-IP: [{ip_address|113.185.47.203}]",
            ),
            P("Subject: Nho luat su tu van - chong cu khong cap duong cho con"),
            P("Kính gửi Công ty Luật An Bình,"),
            P(
                "Tôi tên là {person_name|Đào Thị Kim Liên}, sinh năm {date_of_birth|1987}, CCCD {vn.cccd|001187993978}, hiện ở {vn.address|xóm 4, thôn Phùng Xá, xã Tây Phương, TP. Hà Nội}. Năm 2023 tôi ly hôn với anh {person_name|Kiều Văn Đức} (sinh năm {date_of_birth|1984}) theo Bản án số 112/2023/HNGĐ-ST ngày 14/9/2023 của Tòa án nhân dân huyện Thạch Thất. Tòa giao con chung là cháu {person_name|Kiều Gia Linh}, sinh ngày {date_of_birth|02/06/2016}, cho tôi nuôi, anh {person_name|Đức} cấp dưỡng 3.000.000 đồng/tháng đến khi cháu đủ 18 tuổi.",
            ),
            P(
                "Anh {person_name|Đức} chuyển tiền đều đến tháng 2/2025 thì dừng, đến nay đã nợ 11 tháng là 33 triệu. Tôi gọi số cũ {vn.phone|0966 182 035} thì không liên lạc được, nhắn Zalo thì bị chặn. Tôi nghe nói anh ấy đã lấy vợ mới tên {person_name|Hằng}, chuyển vào lái xe cho một công ty logistics ở Bình Dương và thuê nhà tại {vn.address|số 27/4 đường Bùi Quốc Khánh, phường Chánh Nghĩa, TP. Thủ Dầu Một, tỉnh Bình Dương}. Anh ấy vẫn đi chiếc Kia Morning trắng biển {vn.licence_plate|30G-541.73} đứng tên mình.",
            ),
            P(
                "Trước đây tiền cấp dưỡng được chuyển từ tài khoản Techcombank {vn.bank_account|19033817264015} mang tên {person_name|KIEU VAN DUC}; trong bản án có ghi số CCCD của anh ấy là {vn.cccd|001084205879}, tôi còn giữ bản photo sổ BHXH cũ của anh ấy, mã số {vn.social_insurance|0110237584}. Xin hỏi luật sư: tôi phải gửi đơn đi đâu để cơ quan thi hành án buộc anh ấy trả? Có yêu cầu trừ vào lương hay phong tỏa tài khoản được không? Hồ sơ có cần bản sao giấy khai sinh của cháu không hay chỉ cần mã định danh {vn.cccd|001316748947}? Nếu anh ấy cố tình không trả thì có bị xử lý hình sự không? Tôi muốn giữ kín chỗ ở của mẹ con tôi vì sợ anh ấy đến gây sự. Số của tôi: {vn.phone|0983 406 157}. Tôi cảm ơn.",
            ),
            P("--- Trả lời ---"),
            P(
                "From: LS. {person_name|Nghiêm Xuân Trường} <{email|truong.nx@luatanbinh.vn}> · Date: Tue, 13 Jan 2026 09:02:11 +0700",
            ),
            P(
                "Chào chị {person_name|Liên}, cảm ơn chị đã gửi câu hỏi. Về vụ việc của chị, tôi tư vấn như sau:",
            ),
            P(
                "1. Bản án đã có hiệu lực pháp luật nên chị có quyền làm đơn yêu cầu thi hành án gửi cơ quan thi hành án dân sự nơi anh {person_name|Đức} cư trú, làm việc hoặc có tài sản (Điều 35 Luật Thi hành án dân sự). Nghĩa vụ cấp dưỡng là định kỳ nên thời hiệu yêu cầu tính riêng cho từng kỳ. Nếu trước đây đã có Quyết định thi hành án số 458/QĐ-CCTHADS ngày 05/12/2023 thì chị chỉ cần làm đơn đề nghị tiếp tục thi hành.",
            ),
            P(
                "2. Chị nên ghi vào đơn mọi thông tin chị biết về anh {person_name|Đức}: nơi ở tại Bình Dương, tên công ty nơi anh ấy lái xe, số tài khoản Techcombank, mã số BHXH (để cơ quan bảo hiểm xã hội cho biết đơn vị đang đóng bảo hiểm cho anh ấy), xe ô tô biển số {vn.licence_plate|30G-541.73}. Chấp hành viên có thể khấu trừ tiền trong tài khoản, trừ vào thu nhập hằng tháng hoặc kê biên xe (Điều 76, 78 và 89 Luật Thi hành án dân sự). Đề nghị giữ kín nơi ở của hai mẹ con chị cũng ghi rõ trong đơn; bản sao giấy khai sinh không bắt buộc khi đã có bản án.",
            ),
            P(
                "3. Người có nghĩa vụ cấp dưỡng mà có điều kiện nhưng cố tình không cấp dưỡng có thể bị xử phạt hành chính; nếu đã bị xử phạt mà còn vi phạm thì có thể bị truy cứu trách nhiệm hình sự về tội từ chối hoặc trốn tránh nghĩa vụ cấp dưỡng (Điều 186 Bộ luật Hình sự).",
            ),
            P(
                "Nếu cần soạn đơn, chị có thể đến văn phòng tại tầng 5, số 18 Trần Thái Tông, phường Cầu Giấy, Hà Nội hoặc gọi tổng đài 1900 6574; việc gấp chị gọi thẳng cho tôi: {vn.phone|0904 385 126}. Trân trọng, LS. {person_name|Nghiêm Xuân Trường} - Công ty Luật TNHH An Bình, MST 0108795425.",
            ),
        ],
    },
    Doc {
        name: "thong-bao-truy-na-doi-tuong-bo-tron",
        parts: &[
            P("CÔNG AN TỈNH LẠNG SƠN - CƠ QUAN CẢNH SÁT ĐIỀU TRA"),
            P("THÔNG BÁO TRUY NÃ (kèm Quyết định truy nã số 03/QĐTN-CSHS ngày 16/01/2026)"),
            P(
                "Cơ quan Cảnh sát điều tra Công an tỉnh Lạng Sơn đề nghị các cơ quan, tổ chức và nhân dân phát hiện, bắt giữ hoặc báo ngay cho cơ quan Công an nơi gần nhất đối tượng bị truy nã sau đây:",
            ),
            P(
                "Họ và tên: {person_name|Bế Văn Chiến}; tên gọi khác: {person_name|Chiến Còi}; giới tính: Nam; sinh ngày {date_of_birth|14/03/1994} tại Lạng Sơn; dân tộc: Tày; số CCCD: {vn.cccd|020094379755}; CMND cũ: {vn.cmnd|082317645}; hộ chiếu phổ thông số {vn.passport|C3914527} cấp năm 2019.",
            ),
            P(
                "Nơi thường trú: {vn.address|thôn Nà Pàn, xã Hoàng Văn Thụ, tỉnh Lạng Sơn}; nơi ở trước khi bỏ trốn: {vn.address|phòng trọ số 4, ngõ 12 đường Bà Triệu, phường Lương Văn Tri, tỉnh Lạng Sơn}. Họ tên bố: {person_name|Bế Văn Tường}; họ tên mẹ: {person_name|Hoàng Thị Nhàn}.",
            ),
            P(
                "Đặc điểm nhận dạng: cao khoảng 1m68, dáng gầy, tóc cắt ngắn, có hình xăm con rồng trên bắp tay phải, sẹo dài khoảng 3 cm ở đuôi lông mày trái.",
            ),
            P(
                "Tội danh: \"Cố ý gây thương tích\" theo Điều 134 Bộ luật Hình sự (Quyết định khởi tố bị can số 21/QĐ-CSHS ngày 08/01/2026). Khoảng 22 giờ ngày 28/12/2025, tại một quán karaoke trên đường Lê Lợi, phường Đông Kinh, {person_name|Chiến} cùng {person_name|Chu Đức Mạnh} (SN {date_of_birth|1997}) dùng tuýp sắt đánh anh L.V.H. (25 tuổi) gây thương tích 32%. {person_name|Mạnh} đã bị bắt tạm giam; {person_name|Chiến} bỏ trốn khỏi địa phương, có thể lẩn trốn ở các tỉnh biên giới hoặc tìm cách xuất cảnh trái phép.",
            ),
            P(
                "Khi bỏ trốn, đối tượng đi xe máy Yamaha Exciter màu xanh đen biển số {vn.licence_plate|12-H1 347.06}, có thể dùng số điện thoại {vn.phone|0399 517 264} hoặc SIM không chính chủ.",
            ),
            P(
                "Ai phát hiện đối tượng, báo ngay cho Cơ quan CSĐT Công an tỉnh Lạng Sơn, số 18 đường Ngô Quyền, phường Lương Văn Tri; điện thoại trực ban 0205 3870 318; hoặc điều tra viên Đại úy {person_name|Lăng Văn Quân}, ĐT {vn.phone|0915 428 730}. Thông báo đăng trên Cổng thông tin điện tử Công an tỉnh ngày 17/01/2026.",
            ),
        ],
    },
];
