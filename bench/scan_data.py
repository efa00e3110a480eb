#!/usr/bin/env python3
# Benchmark data for the scanner (BENCHMARKS.md, "Discovery", issue 18): python3 bench/scan_data.py DIR
# Bench data: Vietnamese prose and forms (text, HTML, DOCX, ODT, e-mail, ZIP) and a CSV.
import random, zipfile, io, os, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench"
random.seed(5)
sur=["Nguyễn","Trần","Lê","Phạm","Hoàng","Huỳnh","Phan","Vũ","Võ","Đặng","Bùi","Đỗ","Hồ","Ngô","Dương","Lý"]
mid=["Văn","Thị","Hữu","Đức","Minh","Thanh","Ngọc","Quốc","Hoàng","Thu"]
giv=["An","Bình","Cường","Dũng","Hà","Hạnh","Lan","Mai","Nam","Phương","Quân","Sơn","Tâm","Thắng","Trang","Yến"]
streets=["Trần Hưng Đạo","Lê Lợi","Nguyễn Trãi","Hai Bà Trưng","Lý Thường Kiệt","Điện Biên Phủ"]
def name(): return f"{random.choice(sur)} {random.choice(mid)} {random.choice(giv)}"
def phone(): return "09"+"".join(random.choice("0123456789") for _ in range(8))
def cccd(): return "0"+random.choice(["01","79","38","34"])+random.choice("01")+f"{random.randint(60,99)}"+"".join(random.choice("0123456789") for _ in range(6))
def para():
    k=random.randint(0,5)
    if k==0: return f"Tôi tên là {name()}, sinh ngày {random.randint(1,28):02d}/{random.randint(1,12):02d}/{random.randint(1960,2005)}, CCCD số {cccd()}, hiện cư trú tại số {random.randint(1,200)} {random.choice(streets)}, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh; số điện thoại {phone()}."
    if k==1: return "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 45/TTr-NV ngày 02/12/2025 về việc kiện toàn tổ công tác."
    if k==2: return f"Người liên hệ: ông {name()}, điện thoại {phone()}, thư điện tử hoso{random.randint(1,999)}@gmail.com."
    if k==3: return "Ủy ban nhân dân phường đề nghị các tổ dân phố phối hợp rà soát, tổng hợp danh sách hộ gia đình có hoàn cảnh khó khăn trước ngày 15 tháng 12 năm 2025, gửi về Văn phòng để tổng hợp báo cáo."
    if k==4: return f"Chẩn đoán: viêm phổi cộng đồng; bệnh nhân {name()}, mã số BHYT HC4{random.randint(10,99)}01{random.randint(10000000,99999999)}."
    return "Số tiền thanh toán 12.500.000 đồng cho hợp đồng số 123/2025/HĐ-DV ngày 01/11/2025 về dịch vụ bảo trì hệ thống điều hòa tòa nhà."
os.makedirs(f"{OUT}/text",exist_ok=True)
with open(f"{OUT}/text/van-ban.txt","w") as f:
    size=0
    while size < 100*2**20:
        p=para()+"\n"; f.write(p); size+=len(p.encode())
with open(f"{OUT}/csv.csv","w") as f:
    f.write("STT,Họ và tên,Ngày sinh,Số CCCD,Số điện thoại,Email,Địa chỉ,Ghi chú\n")
    size=0; i=0
    while size < 100*2**20:
        i+=1
        r=f'{i},{name()},{random.randint(1,28):02d}/{random.randint(1,12):02d}/{random.randint(1960,2005)},{cccd()},{phone()},u{i}@gmail.com,"{random.randint(1,200)} {random.choice(streets)}, phường {random.randint(1,15)}, Quận {random.randint(1,12)}",Đã xác minh\n'
        f.write(r); size+=len(r.encode())
# documents: 400 of each kind
def docx_bytes(ps):
    body="".join(f"<w:p><w:r><w:t>{p.replace('&','&amp;').replace('<','&lt;')}</w:t></w:r></w:p>" for p in ps)
    xml=f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    b=io.BytesIO(); z=zipfile.ZipFile(b,"w",zipfile.ZIP_DEFLATED); z.writestr("[Content_Types].xml","<Types/>"); z.writestr("word/document.xml",xml); z.close(); return b.getvalue()
def odt_bytes(ps):
    body="".join(f"<text:p>{p.replace('&','&amp;').replace('<','&lt;')}</text:p>" for p in ps)
    xml=f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>{body}</office:text></office:body></office:document-content>'
    b=io.BytesIO(); z=zipfile.ZipFile(b,"w",zipfile.ZIP_DEFLATED); z.writestr("mimetype","application/vnd.oasis.opendocument.text"); z.writestr("content.xml",xml); z.close(); return b.getvalue()
for kind in ["docx","odt","html","eml","zip"]:
    os.makedirs(f"{OUT}/{kind}",exist_ok=True)
for i in range(400):
    ps=[para() for _ in range(400)]
    open(f"{OUT}/docx/d{i}.docx","wb").write(docx_bytes(ps))
    open(f"{OUT}/odt/d{i}.odt","wb").write(odt_bytes(ps))
    open(f"{OUT}/html/d{i}.html","w").write("<html><body>"+"".join(f"<p>{p}</p>\n" for p in ps)+"</body></html>")
    open(f"{OUT}/eml/d{i}.eml","w").write("From: a@example.vn\nTo: b@example.vn\nSubject: ho so\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"+"\n".join(ps)+"\n")
    b=io.BytesIO(); z=zipfile.ZipFile(b,"w",zipfile.ZIP_DEFLATED); z.writestr(f"ho-so/d{i}.txt","\n".join(ps)); z.close(); open(f"{OUT}/zip/d{i}.zip","wb").write(b.getvalue())
