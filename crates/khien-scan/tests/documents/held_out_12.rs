//! A twelfth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. It gives the rarer identifiers more weight (passports, tax
//! codes, social and health insurance numbers, old ID cards, internet addresses, driving licences,
//! plates, payment cards). The kinds differ from the earlier sets' (a traffic police record of an
//! administrative violation for drink-driving with the car held, a motorbike sale paper typed up
//! from a handwritten original, an internet provider's fibre subscription form with a static IP
//! and a card payment, a provincial cyber police request to an internet provider to identify the
//! subscribers behind login IP addresses with the provider's reply exported without diacritics, a
//! labour-export company's list of trainees leaving for Japan with their passports in capitals, a
//! company's D02-LT report of employees joining and leaving social insurance, a local tax office's
//! list of market stallholders moving from presumptive tax to self-declaration, and a haulage
//! company's letter sending its drivers for the driver's health check with the clinic's SMS and a
//! reply typed without diacritics). Every piece of personal data is marked `{detector|value}`:
//! names after a title or a label (ông, bà, anh, Đại úy, Anh in an SMS, a) are marked without it;
//! ALL-CAPS and unaccented names (the violator's name on the form, passport names, a card holder,
//! subscribers in the provider's export, a driver in an SMS) are marked as written; a given name
//! used alone after a first mention ("bà Kim Chi", "a Dung") is marked. Judgement calls: a year
//! alone after "sinh năm" is marked as a date of birth; an old nine-digit card (CMND) is marked
//! as a CMND, including the vehicle owner's in the traffic record; a household business's tax code
//! is marked as a personal tax code (a household business is its owner), and so is a stallholder's
//! 12-digit personal identification number given as her tax code (the same number in the ID column
//! is marked as a CCCD); the BHXH number printed alone is marked as a social insurance number,
//! while the BHYT cards containing BHXH numbers are marked whole as health insurance cards; every
//! login IP in the police request is marked as a person's, including the one the provider says
//! belongs to a mobile network's shared (CGNAT) range, since it still identifies a subscriber at
//! that moment, and so are the static IPv4 and IPv6 addresses assigned to a home subscriber and her
//! phone's 4G address; a plate and a driving licence repeated in the "held items" paragraph are
//! marked again; the violator's sister's private car, the sold motorbike and a suspect's motorbike
//! seen on an ATM camera are marked; a technician's and a police officer's names and the officer's
//! mobile are marked (persons, not switchboards); the interpreter's Japanese mobile (+81 90 ...) is
//! a person's but not a Vietnamese phone, so it is left unmarked, as is the company's Japanese
//! office line. Left unmarked on purpose: organisation data (the traffic police team's, internet
//! providers', cyber police's, labour-export company's, engineering company's, tax office's,
//! market board's, haulage company's and clinic's names, tax codes, addresses, social insurance
//! unit code, landlines written like mobiles (0225.3841.211), hotlines, role mailboxes, the
//! provider's gateway and DNS servers), the haulage company's truck plates (61C-482.19, 51D-357.04,
//! 50H-129.86), private LAN addresses (192.168.1.1, 192.168.1.108), a router's MAC address and
//! serial, a PPPoE user name and VLAN, source ports, gender, nationality, non-birth dates (issue,
//! expiry, violation, deposit, hand-over, installation, flight, payment, contract, resignation,
//! login and result dates), record, seizure-record, case, dossier, official-letter, contract,
//! customer, staff, subscriber, licence, COE, visa, decision, transaction, health-certificate and
//! vehicle registration numbers, a breathalyser serial and its calibration certificate number,
//! frame and engine numbers, approval codes, stall and kiosk numbers, flight numbers, amounts,
//! salaries, blood pressure and alcohol readings, and a shop named after its owner's nickname (Tạp
//! hóa Út Mập), a tailor's shop named after its owner (tiệm may Mỹ Duyên), and streets and wards
//! named after people or dates (Nguyễn Văn Linh, Tô Hiệu, Lê Chân, Văn Cao, Lê Đại Hành, Trường
//! Chinh, Trưng Nữ Vương, Lý Thái Tổ, Nguyễn Gia Thiều, Nguyễn Văn Cừ, Trần Hoàng Na, Cách Mạng
//! Tháng Tám, Đường 2 Tháng 9).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_12: &[Doc] = &[
    Doc {
        name: "bien-ban-vi-pham-hanh-chinh-nong-do-con",
        parts: &[
            P("CÔNG AN THÀNH PHỐ HẢI PHÒNG - PHÒNG CẢNH SÁT GIAO THÔNG - ĐỘI CSGT SỐ 3"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P(
                "BIÊN BẢN VI PHẠM HÀNH CHÍNH về trật tự, an toàn giao thông trong lĩnh vực giao thông đường bộ - Số: 0184527/BB-VPHC",
            ),
            P(
                "Hôm nay, hồi 22 giờ 15 phút ngày 27/12/2025, tại đường Nguyễn Văn Linh (đoạn trước số nhà 318), phường An Biên, TP. Hải Phòng. Chúng tôi gồm: tổ tuần tra, kiểm soát của Đội CSGT số 3 (03 cán bộ chiến sĩ, có danh sách kèm theo). Với sự chứng kiến của: ông {person_name|Phạm Ngọc Lâm}, sinh năm {date_of_birth|1975}, nơi ở: {vn.address|số 31 ngõ 112 Tô Hiệu, phường Lê Chân, TP. Hải Phòng}. Tiến hành lập biên bản vi phạm hành chính đối với:",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên người vi phạm", "{person_name|ĐOÀN MINH TUẤN}"],
                &["Giới tính / Quốc tịch", "Nam / Việt Nam"],
                &["Ngày, tháng, năm sinh", "{date_of_birth|19/08/1989}"],
                &["Nghề nghiệp", "Lái xe dịch vụ"],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|Số 8/45 Lạch Tray, phường Gia Viên, TP. Hải Phòng}",
                ],
                &[
                    "Số định danh cá nhân",
                    "{vn.cccd|031089007342} cấp ngày 12/04/2021",
                ],
                &[
                    "Giấy phép lái xe",
                    "Hạng B số {vn.driving_licence|310178453926}, Sở GTVT Hải Phòng cấp ngày 05/03/2019, có giá trị đến 05/03/2029",
                ],
                &["Số điện thoại", "{vn.phone|0904.617.382}"],
                &[
                    "Phương tiện",
                    "Xe ô tô con Toyota Vios màu bạc, BKS {vn.licence_plate|15K-284.67}; chủ xe: {person_name|Đoàn Thị Thanh Nga} (chị gái người vi phạm), CMND số {vn.cmnd|031685227}",
                ],
            ]),
            P(
                "Đã có hành vi vi phạm hành chính: Điều khiển xe ô tô trên đường mà trong hơi thở có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở. Kết quả đo lần 2: 0,512 mg/l khí thở (máy đo Lion Alcolmeter 500, số seri 095841D, giấy chứng nhận kiểm định số V04.2025.3318). Quy định tại điểm a khoản 9 Điều 6 Nghị định số 168/2024/NĐ-CP.",
            ),
            P(
                "Ý kiến trình bày của người vi phạm: \"Tôi đi ăn giỗ ở nhà bạn bên Văn Cao, có uống 3 lon bia, tôi đã biết lỗi, xin cơ quan xem xét\". Người chứng kiến xác nhận có mặt khi đo nồng độ cồn lần 1 lúc 22 giờ 05 và lần 2 lúc 22 giờ 11.",
            ),
            P(
                "Biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính: tạm giữ xe ô tô BKS {vn.licence_plate|15K-284.67} và giấy phép lái xe số {vn.driving_licence|310178453926} theo Biên bản tạm giữ số 0092315/BB-TG, thời hạn 07 ngày. Yêu cầu người vi phạm có mặt tại trụ sở Đội CSGT số 3, số 2 Lê Đại Hành, phường Hồng Bàng, TP. Hải Phòng (ĐT trực ban: 0225.3841.211) vào hồi 08 giờ 00 ngày 30/12/2025 để giải quyết vụ việc. Có thể nộp phạt trực tuyến qua Cổng Dịch vụ công quốc gia, mã hồ sơ 2512-HP3-004172.",
            ),
            P(
                "Biên bản lập xong hồi 22 giờ 50 phút cùng ngày, gồm 02 tờ, lập thành 02 bản, đã đọc lại cho những người có tên trên cùng nghe và ký tên. NGƯỜI VI PHẠM (đã ký) - NGƯỜI CHỨNG KIẾN (đã ký) - NGƯỜI LẬP BIÊN BẢN (đã ký)",
            ),
        ],
    },
    Doc {
        name: "giay-mua-ban-xe-may-viet-tay",
        parts: &[
            P("(Đánh máy lại từ giấy viết tay, có chữ ký hai bên)"),
            P("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            P("Độc lập - Tự do - Hạnh phúc"),
            P("GIẤY MUA BÁN XE MÁY"),
            P(
                "Hôm nay ngày 14 tháng 12 năm 2025, tại quán cà phê Góc Phố, 56 đường Trường Chinh, phường Thành Vinh, tỉnh Nghệ An, chúng tôi gồm:",
            ),
            P("Bên bán (bên A): Ông {person_name|Hồ Sỹ Thắng}     Sinh năm: {date_of_birth|1968}"),
            P("CMND số: {vn.cmnd|186524379} do CA Nghệ An cấp ngày 22/7/2008"),
            P(
                "Địa chỉ: {vn.address|Xóm 4, xã Nghi Phong, huyện Nghi Lộc, Nghệ An}     ĐT: {vn.phone|0983 45 27 61}",
            ),
            P(
                "Bên mua (bên B): Anh {person_name|Nguyễn Đình Phúc}     Sinh ngày {date_of_birth|02/11/2001}",
            ),
            P("CCCD: {vn.cccd|040201009573}     ĐT {vn.phone|036-721-9504}"),
            P("Địa chỉ: {vn.address|Khối 7, phường Trường Vinh, tỉnh Nghệ An}"),
            P("Hai bên thoả thuận việc mua bán xe máy như sau:"),
            P(
                "1. Bên A bán cho bên B 01 xe máy Honda Wave Alpha màu đỏ đen, biển số {vn.licence_plate|37-N1 526.84}, số khung RLHJA3924KY083517, số máy JA39E-0835217, giấy đăng ký xe số 084521 do Công an huyện Nghi Lộc cấp ngày 10/6/2019, đứng tên bên A.",
            ),
            P(
                "2. Giá bán: 9.500.000đ (Chín triệu năm trăm nghìn đồng chẵn). Ngày 12/12 bên B đã chuyển cọc 2.000.000đ vào tài khoản Agribank số {vn.bank_account|3600205173829} của bên A, số còn lại 7.500.000đ bên B trả tiền mặt khi nhận xe.",
            ),
            P(
                "3. Bên A cam kết xe thuộc sở hữu hợp pháp của mình, không cầm cố, không tranh chấp, đã tra cứu phạt nguội ngày 13/12/2025 không có lỗi. Bên B tự làm thủ tục sang tên trong 30 ngày, bên A có trách nhiệm ký giấy tờ khi cần. Từ 9 giờ sáng ngày 14/12/2025 bên B đã nhận xe {vn.licence_plate|37-N1 526.84} cùng bản gốc đăng ký xe, mọi vi phạm giao thông, tai nạn xảy ra sau thời điểm này do bên B chịu trách nhiệm.",
            ),
            P(
                "Giấy này viết thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau. Người làm chứng: bà {person_name|Trần Thị Hoa} (vợ bên bán).",
            ),
            P(
                "BÊN BÁN (ký, ghi rõ họ tên)          BÊN MUA (ký, ghi rõ họ tên)          NGƯỜI LÀM CHỨNG",
            ),
        ],
    },
    Doc {
        name: "phieu-dang-ky-internet-cap-quang-ip-tinh",
        parts: &[
            P(
                "SVNET - CÔNG TY CỔ PHẦN VIỄN THÔNG SAO VIỆT - Chi nhánh Đà Nẵng: 212 Đường 2 Tháng 9, phường Hòa Cường, TP. Đà Nẵng - MST: 0401829375 - Tổng đài CSKH: 1900 6181 - cskh.danang@svnet.vn",
            ),
            P(
                "PHIẾU ĐĂNG KÝ CUNG CẤP VÀ SỬ DỤNG DỊCH VỤ VIỄN THÔNG (Internet cáp quang FTTH) - Số HĐ: DNG-FTTH-2601-00538 - Mã KH: DNG0318472 - Mã NV kinh doanh: 4417",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ tên chủ thuê bao", "{person_name|Trương Thị Mỹ Duyên}"],
                &["Ngày sinh", "{date_of_birth|25/03/1993}"],
                &["Số CCCD", "{vn.cccd|048193005817} - ngày cấp 17/08/2021"],
                &["MST (xuất hóa đơn điện tử)", "{vn.tax_code|8039146728}"],
                &[
                    "Địa chỉ lắp đặt (thường trú)",
                    "{vn.address|Kiệt 27/14 Trưng Nữ Vương, phường Hải Châu, TP. Đà Nẵng}",
                ],
                &["Điện thoại liên hệ", "{vn.phone|0935174628}"],
                &["Email nhận hóa đơn", "{email|myduyen.truong93@gmail.com}"],
                &[
                    "Gói cước",
                    "SV Business 500 Mbps + 01 IP tĩnh (xem camera tiệm may Mỹ Duyên từ xa), cam kết 24 tháng, 385.000đ/tháng, trả trước 12 tháng tặng 2 tháng",
                ],
                &[
                    "Thanh toán",
                    "Thẻ tín dụng Visa {payment_card|4182 3605 7194 6284} - chủ thẻ {person_name|TRUONG THI MY DUYEN} - mã chuẩn chi 604718 - số tiền 4.620.000đ",
                ],
            ]),
            T(&[
                &["Thông số kỹ thuật (KTV ghi khi nghiệm thu)", "Giá trị"],
                &[
                    "Thiết bị ONT/Wi-Fi",
                    "SV-AX3000, S/N SVN2B71F04C9, MAC 9C:2B:A6:4F:1E:07",
                ],
                &[
                    "IPv4 tĩnh (WAN) cấp cho khách",
                    "{ip_address|103.199.42.117}",
                ],
                &[
                    "IPv6 WAN",
                    "{ip_address|2402:9d80:41a:6c00:5d2e:88ff:fe10:3b7a}",
                ],
                &[
                    "LAN",
                    "Gateway 192.168.1.1; đầu ghi camera 192.168.1.108, NAT cổng 8000",
                ],
                &["DNS", "203.162.4.191 / 203.162.4.190 (DNS của nhà mạng)"],
                &["PPPoE / VLAN", "dng_fiber_0318472 / VLAN 35"],
            ]),
            P(
                "Ghi chú KTV: kéo 120 m cáp quang từ tủ TC-HC-17, công suất quang -19,8 dBm, hoàn thành 16h20 ngày 06/01/2026. KTV lắp đặt: {person_name|Lê Văn Quý}. 19h05 cùng ngày khách gọi tổng đài báo không xem được camera từ xa; kiểm tra log thấy khách đăng nhập ứng dụng SVNET từ IP {ip_address|27.72.103.56} (4G của khách), đã hướng dẫn đổi mật khẩu Wi-Fi và mở lại cổng.",
            ),
            P(
                "Khách hàng xác nhận đã đọc điều khoản bảo vệ dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP. Đà Nẵng, ngày 06/01/2026. Khách hàng ký điện tử bằng mã OTP.",
            ),
        ],
    },
    Doc {
        name: "cong-van-xac-minh-ip-va-tra-loi-nha-mang",
        parts: &[
            P(
                "CÔNG AN TỈNH BẮC NINH - PHÒNG AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO",
            ),
            P(
                "Số: 1472/ANM-Đ3 - V/v đề nghị cung cấp thông tin thuê bao Internet - Bắc Ninh, ngày 06 tháng 01 năm 2026",
            ),
            P("Kính gửi: Công ty TNHH Mạng băng rộng Kinh Bắc (KBNet)"),
            P(
                "Phòng An ninh mạng và PCTP sử dụng công nghệ cao đang giải quyết tin báo về tội phạm số 318/TB-ANM của bà {person_name|Ngô Thị Thu Trang}, sinh năm {date_of_birth|1958}, về việc bị đối tượng giả danh cán bộ công an hướng dẫn cài ứng dụng \"VNeID\" giả mạo, sau đó chiếm đoạt 412.000.000 đồng trong tài khoản và dùng thẻ tín dụng Mastercard {payment_card|5224 8173 6059 4127} của bị hại thanh toán 6 giao dịch trực tuyến.",
            ),
            P(
                "Qua xác minh nhật ký đăng nhập ứng dụng ngân hàng, các phiên truy cập trái phép xuất phát từ các địa chỉ IP dưới đây. Đề nghị Quý Công ty cung cấp thông tin chủ thuê bao được gán các địa chỉ IP này tại thời điểm nêu (giờ Việt Nam, UTC+7):",
            ),
            T(&[
                &["STT", "Địa chỉ IP", "Cổng nguồn", "Thời điểm"],
                &[
                    "1",
                    "{ip_address|42.114.215.87}",
                    "51324",
                    "21:47:05 ngày 03/01/2026",
                ],
                &[
                    "2",
                    "{ip_address|42.114.209.13}",
                    "40817",
                    "22:03:51 ngày 03/01/2026",
                ],
                &[
                    "3",
                    "{ip_address|2405:4803:c21e:1b70:e4a9:2f1d:6c3b:905e}",
                    "-",
                    "22:10:12 ngày 03/01/2026",
                ],
                &[
                    "4",
                    "{ip_address|113.185.47.202}",
                    "60215",
                    "01:15:30 ngày 04/01/2026",
                ],
            ]),
            P(
                "Cán bộ thụ lý: Đại úy {person_name|Nguyễn Hữu Thành}, ĐT {vn.phone|0986 275 013}. Văn bản trả lời gửi về Phòng An ninh mạng, số 10 Lý Thái Tổ, phường Kinh Bắc, hoặc hộp thư công vụ pc03@congan.bacninh.gov.vn. Đề nghị giữ bí mật nội dung xác minh.",
            ),
            P("--- Văn bản trả lời của KBNet (dữ liệu trích xuất, không dấu) ---"),
            P(
                "KBNET - PHONG PHAP CHE - SO 09/2026/KBN-PC - TRA LOI CONG VAN SO 1472/ANM-D3. Du lieu trich tu he thong RADIUS/CGNAT ngay 08/01/2026:",
            ),
            T(&[
                &[
                    "IP (theo STT cong van)",
                    "Ma thue bao",
                    "Chu thue bao",
                    "Giay to dang ky",
                    "Dia chi lap dat",
                ],
                &[
                    "STT 1",
                    "KBN-BN-0418273",
                    "{person_name|DUONG VAN KHAI}",
                    "CCCD {vn.cccd|027095004731}",
                    "{vn.address|So 17 ngo 4 Ly Thai To, phuong Kinh Bac, tinh Bac Ninh}",
                ],
                &[
                    "STT 2, STT 3 (IPv6)",
                    "KBN-BN-0552190",
                    "{person_name|NGUYEN THI HONG NHUNG}",
                    "Ho chieu {vn.passport|C8174052}",
                    "{vn.address|Phong 304 nha tro so 9, thon Tam Tao, xa Phu Lam, tinh Bac Ninh}",
                ],
                &[
                    "STT 4",
                    "-",
                    "Khong thuoc dai dia chi cua KBNet (dai IP mang di dong), de nghi lien he nha mang di dong",
                    "",
                    "",
                ],
            ]),
            P(
                "Ghi chu: ca hai thue bao thanh toan cuoc tra truoc, khong dang ky dia chi email. Moi thac mac lien he Phap che KBNet: phapche@kbnet.vn, DT 0222 3812 567.",
            ),
            P(
                "Bổ sung của cán bộ thụ lý (ghi tay): camera cây ATM trên phố Nguyễn Gia Thiều ghi nhận đối tượng rút tiền lúc 23:40 ngày 03/01/2026, đi xe máy Exciter màu xanh biển số {vn.licence_plate|99-G1 372.15}, đã đề nghị Phòng CSGT tra cứu chủ xe.",
            ),
        ],
    },
    Doc {
        name: "danh-sach-thuc-tap-sinh-xuat-canh-nhat-ban",
        parts: &[
            P(
                "CÔNG TY CỔ PHẦN NHÂN LỰC QUỐC TẾ HƯNG THỊNH - Giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài số 318/LĐTBXH-GP - Trụ sở: 86 Nguyễn Văn Cừ, phường Bồ Đề, Hà Nội - ĐT: 024 3872 6150 - Email: xuatcanh@hungthinh-hr.vn",
            ),
            P(
                "DANH SÁCH THỰC TẬP SINH XUẤT CẢNH - Đơn hàng chế biến thực phẩm (cơm hộp) tỉnh Aichi - Nghiệp đoàn Tokai Shokuhin Kyodo Kumiai - Chuyến bay VN346 Nội Bài - Nagoya 00:20 ngày 18/01/2026, tập trung tại ga T2 lúc 21:00 ngày 17/01/2026",
            ),
            T(&[
                &[
                    "STT",
                    "HỌ TÊN (THEO HỘ CHIẾU)",
                    "NGÀY SINH",
                    "SỐ HỘ CHIẾU",
                    "HẠN HỘ CHIẾU",
                    "SỐ COE",
                    "GHI CHÚ",
                ],
                &[
                    "1",
                    "{person_name|NGUYEN VAN HIEU}",
                    "{date_of_birth|12/05/2002}",
                    "{vn.passport|C9427135}",
                    "03/04/2034",
                    "B2511-04827",
                    "Đã có visa",
                ],
                &[
                    "2",
                    "{person_name|LE THI THU HUONG}",
                    "{date_of_birth|08/09/2003}",
                    "{vn.passport|C9518240}",
                    "21/05/2034",
                    "B2511-04828",
                    "Đã có visa, còn nợ phí",
                ],
                &[
                    "3",
                    "{person_name|DO VAN THANH}",
                    "{date_of_birth|15/10/1999}",
                    "{vn.passport|P0318462}",
                    "30/11/2035",
                    "B2511-04830",
                    "Đổi hộ chiếu mới",
                ],
            ]),
            P(
                "Ghi chú phòng xuất cảnh: - TTS {person_name|Đỗ Văn Thành} đã nộp lại hộ chiếu cũ số {vn.passport|B7352916} (hết hạn 08/2023) để hủy; visa số 0481 2736 dán trên hộ chiếu mới. - TTS STT 2: mẹ là bà {person_name|Phan Thị Lựu} đã nộp 30.000.000đ ngày 09/01/2026 bằng thẻ JCB {payment_card|3566 2841 0375 9213} tại văn phòng, còn 12.000.000đ gia đình cam kết nộp trước ngày 15/01/2026. - Phiên dịch của nghiệp đoàn đón tại sân bay Chubu: anh {person_name|Vũ Minh Quang}, ĐT Nhật +81 90 3725 6148.",
            ),
            P(
                "Hotline hỗ trợ TTS 24/7 tại Nhật: +81 52 228 7310 (văn phòng đại diện công ty tại Nagoya).",
            ),
        ],
    },
    Doc {
        name: "danh-sach-lao-dong-tang-giam-bhxh-d02",
        parts: &[
            P(
                "CÔNG TY TNHH CƠ KHÍ CHÍNH XÁC ĐÔNG Á - Mã đơn vị: TA0471K - Mã số thuế: 0109384527 - Địa chỉ: Lô CN5, Khu công nghiệp Quang Minh, xã Quang Minh, TP. Hà Nội - ĐT: 024 3818 6027",
            ),
            P(
                "Mẫu D02-LT - DANH SÁCH LAO ĐỘNG THAM GIA BHXH, BHYT, BHTN, BHTNLĐ-BNN - Số: 01/2026 - Tháng 01 năm 2026 - Kính gửi: Bảo hiểm xã hội cơ sở Mê Linh",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Mã số BHXH",
                    "Ngày sinh",
                    "Số CCCD/CMND",
                    "Tiền lương (đồng)",
                    "Phương án",
                    "Ghi chú",
                ],
                &["I", "Tăng", "", "", "", "", "", ""],
                &[
                    "1",
                    "{person_name|Kiều Văn Đạt}",
                    "{vn.social_insurance|0136028417}",
                    "{date_of_birth|07/07/1996}",
                    "{vn.cccd|026096015283}",
                    "8.450.000",
                    "TM",
                    "HĐLĐ số 05/2026/HĐLĐ-ĐA từ 02/01/2026",
                ],
                &[
                    "2",
                    "{person_name|Nông Thị Hà}",
                    "{vn.social_insurance|0421735906}",
                    "{date_of_birth|14/03/1999}",
                    "{vn.cccd|004199006251}",
                    "7.900.000",
                    "TC",
                    "Chuyển từ đơn vị cũ tại Cao Bằng, đã chốt sổ; thẻ BHYT còn hạn",
                ],
                &[
                    "3",
                    "{person_name|Tạ Minh Khuê}",
                    "{vn.social_insurance|0136029105}",
                    "{date_of_birth|30/12/1994}",
                    "{vn.cccd|001194020736}",
                    "12.600.000",
                    "TM",
                    "HĐLĐ số 07/2026/HĐLĐ-ĐA từ 05/01/2026",
                ],
                &["II", "Giảm", "", "", "", "", "", ""],
                &[
                    "4",
                    "{person_name|Nguyễn Hữu Phước}",
                    "{vn.social_insurance|0113482759}",
                    "{date_of_birth|22/06/1987}",
                    "{vn.cmnd|012583647}",
                    "9.200.000",
                    "GH",
                    "Nghỉ việc từ 01/01/2026 theo QĐ số 02/QĐ-ĐA ngày 26/12/2025; đã thu hồi thẻ BHYT",
                ],
            ]),
            P(
                "Ghi chú của cán bộ nhân sự: đề nghị cấp thẻ BHYT cho lao động STT 1 và STT 3, nơi đăng ký KCB ban đầu Trung tâm Y tế Mê Linh. Số thẻ đã tra cứu được trên VssID: STT 1 - {vn.health_insurance_card|DN4010136028417}; STT 3 - {vn.health_insurance_card|DN4010136029105}. Tổng quỹ lương tăng 20.000.000 đồng, giảm 9.200.000 đồng.",
            ),
            P(
                "Hồ sơ nộp qua I-VAN, mã giao dịch 00118-260110-3721, ngày 10/01/2026. Người lập biểu (đã ký) - Thủ trưởng đơn vị (ký, đóng dấu).",
            ),
        ],
    },
    Doc {
        name: "danh-sach-ho-kinh-doanh-cho-chuyen-ke-khai-thue",
        parts: &[
            P("THUẾ THÀNH PHỐ CẦN THƠ - THUẾ CƠ SỞ 1 THÀNH PHỐ CẦN THƠ"),
            P(
                "THÔNG BÁO Danh sách hộ kinh doanh tại chợ Xuân Khánh chuyển từ phương pháp khoán sang tự kê khai, nộp thuế từ ngày 01/01/2026 (kèm Công văn số 215/TCS1-NVDTPC ngày 22/12/2025)",
            ),
            T(&[
                &[
                    "STT",
                    "Hộ kinh doanh / chủ hộ",
                    "MST",
                    "CCCD/CMND",
                    "Sạp",
                    "Ngành hàng",
                    "Doanh thu khoán 2025 (đ/tháng)",
                ],
                &[
                    "1",
                    "{person_name|Lâm Thị Kim Chi}",
                    "{vn.tax_code|8051367297}",
                    "{vn.cccd|092176005318}",
                    "A-12",
                    "Vải, quần áo may sẵn",
                    "45.000.000",
                ],
                &[
                    "2",
                    "{person_name|Trần Văn Hai}",
                    "{vn.tax_code|8073192548}",
                    "{vn.cmnd|361578204}",
                    "B-07",
                    "Thịt heo",
                    "60.000.000",
                ],
                &[
                    "3",
                    "Tạp hóa Út Mập - chủ hộ {person_name|Phạm Văn Út}",
                    "{vn.tax_code|8084521963}",
                    "{vn.cccd|092063002741}",
                    "Ki-ốt K3",
                    "Tạp hóa, bia, nước ngọt",
                    "120.000.000",
                ],
                &[
                    "4",
                    "{person_name|Huỳnh Ngọc Thảo}",
                    "{vn.tax_code|092190004738}",
                    "{vn.cccd|092190004738}",
                    "C-21",
                    "Trái cây",
                    "38.000.000",
                ],
            ]),
            P(
                "Ghi chú: - Hộ số 4 đăng ký mới năm 2025, dùng số định danh cá nhân làm mã số thuế. - Hộ số 2 chưa cập nhật căn cước, đề nghị chủ hộ mang thẻ căn cước đến bộ phận một cửa để cập nhật thông tin đăng ký thuế. - Bà {person_name|Kim Chi} đề nghị gửi thông báo thuế về nhà riêng tại {vn.address|số 41/7 hẻm 51 Trần Hoàng Na, phường Ninh Kiều, TP. Cần Thơ} thay vì gửi tại sạp.",
            ),
            P(
                "Từ 01/01/2026, hộ có doanh thu trên 1 tỷ đồng/năm sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Hỗ trợ: bộ phận một cửa Thuế cơ sở 1, số 9 Cách Mạng Tháng Tám, phường Cái Khế, TP. Cần Thơ, ĐT 0292 3820 417; Ban quản lý chợ Xuân Khánh: 0292 3891 225.",
            ),
        ],
    },
    Doc {
        name: "cu-lai-xe-kham-suc-khoe-va-tin-nhan",
        parts: &[
            P(
                "CÔNG TY TNHH GIAO NHẬN VẬN TẢI PHÚC AN LỢI - MST: 3702845619 - Bãi xe: đường số 10, KCN VSIP 1, phường Thuận An, TP. Hồ Chí Minh - ĐT: 0274 3766 812",
            ),
            P(
                "Số: 014/2026/PAL-HCNS - V/v cử lái xe đi khám sức khỏe - Kính gửi: Phòng khám Đa khoa Bình An (88 Đại lộ Bình Dương, phường Lái Thiêu)",
            ),
            P(
                "Công ty cử 03 lái xe đi khám sức khỏe cho người lái xe để làm thủ tục đổi giấy phép lái xe, chi phí công ty thanh toán theo hợp đồng số 27/2025/HĐKSK. Danh sách:",
            ),
            T(&[
                &[
                    "STT",
                    "Họ tên lái xe",
                    "Ngày sinh",
                    "GPLX (hạng - số)",
                    "Số thẻ BHYT",
                    "Xe phụ trách",
                ],
                &[
                    "1",
                    "{person_name|Trịnh Văn Bảo}",
                    "{date_of_birth|04/02/1985}",
                    "CE - {vn.driving_licence|790174362815}",
                    "{vn.health_insurance_card|DN4797915283046}",
                    "61C-482.19 (đầu kéo)",
                ],
                &[
                    "2",
                    "{person_name|Lương Quốc Hưng}",
                    "{date_of_birth|11/11/1978}",
                    "C - {vn.driving_licence|740183529407}",
                    "{vn.health_insurance_card|DN4797908417352}",
                    "51D-357.04",
                ],
                &[
                    "3",
                    "{person_name|Sơn Văn Dũng}",
                    "{date_of_birth|23/06/1990}",
                    "CE - {vn.driving_licence|940162875301}",
                    "{vn.health_insurance_card|DN4797920635184}",
                    "50H-129.86 (đầu kéo)",
                ],
            ]),
            P(
                "Ghi chú: lái xe STT 1 vừa được cấp lại thẻ BHYT do mất, mã số BHXH {vn.social_insurance|7915283046} không đổi. Xe của công ty, lái xe không tự ý sử dụng vào việc riêng.",
            ),
            P(
                "KẾT QUẢ (phòng khám ghi ngày 10/01/2026): STT 1, STT 3 đủ điều kiện sức khỏe lái xe hạng C, CE; STT 2 huyết áp 168/102 mmHg, đề nghị điều trị và khám lại sau 1 tháng. Số giấy KSK: 2601/KSKLX-0347, 2601/KSKLX-0349.",
            ),
            P(
                "Tin nhắn phòng khám gửi: \"PK BINH AN: Anh {person_name|TRINH VAN BAO} da co giay KSK lai xe so 2601/KSKLX-0347, han su dung 12 thang. Nhan ban goc tai quay so 2 tu 7h-17h. LH 0274 3759 118\". Tin trả lời từ số {vn.phone|+84 868 412 937}: \"ok e cam on, chieu nay e ghe lay, nho giu giup e luon giay cua a {person_name|Dung} nha\"",
            ),
        ],
    },
];
