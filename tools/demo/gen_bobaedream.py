#!/usr/bin/env python3
"""Synthetic Bobaedream demo data (deterministic): the upstream pages themselves, as a route table.

    gen_bobaedream.py OUTPUT_DIR [--bikes N] [--cars N] [--seed S]   -> OUTPUT_DIR/routes.json

routes.json is a JSON array in the replay server's recording format (core/demo/replayserver.h, addRecording):
{"method", "host", "path", "query": {only the parameters that matter}, "status", "headers", "bodyBase64"}.
A query value "" means "the request has no such parameter" (the server compares queryItemValue, which is ""
when a parameter is absent), so an unfiltered list page never answers a filtered request. POST routes of the
car maker/model endpoint also carry "form" (the form fields that select the reply), for a route table that can
match bodies.

What it serves, in the formats sources.md §2 and che168-bobaedream.md §6 describe:
  motorcycles (www.bobaedream.co.kr, pages in CP949 declared EUC-KR, like the site):
    /bike2/bike_list.php    30 bikes a page with a pager, per filter set (category, maker, model, sub-model);
                            rows in two column orders (the parser reads cells by content), a premium ad box, a
                            banner row, 가격문의 prices; then one page past the end ("검색된 매물이 없습니다")
    /bike2/bike_view.php    one detail page per bike (label cells, seller block, checks, photos, other bikes' ads)
    /bike2/get_cardepth.php categories, makers, models, sub-models as JSON in CP949; maker 대림 answers with the
                            documented quirk (dep=2 gives the makers list; dep=1&parval=… gives its models) and
                            maker 혼다's models reply also holds another maker's models, each naming its maker
  cars (m.bobaedream.co.kr, UTF-8):
    /mycar/mlist/0/{page}   50 cars a page, unfiltered and per maker (maker_no), then one empty page (the end)
    /mycar/mview/{no}       label/value spans, price, insurance/repair counts on some (미공개 or absent on others),
                            power, a VIN on some, both 연식 forms, the site's broken "자동 Array단" now and then
    /mycar/proc/ajax_maker_new.php (www, POST)  makers as a list, models as an object keyed "0","1",…
  photos: placeholder PNGs at the photo URLs the pages name (file4…/direct_bike/…, file2…/pds/CyberCar/…).

Nothing here comes from a real page: the model names are public product names, the codes are made up (9xx),
sellers are "데모…" with 000 phone numbers, plates are "00가0000"-style, VINs are "ZZZDEM" + 11 digits (valid
VIN characters, no real maker code), and the texts are stock sentences. A few names use syllables outside EUC-KR (똠, 햏, 뷁)
so the CP949 path is exercised.
"""
import argparse
import base64
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pngwriter import placeholder_car  # noqa: E402

SEED = 20261201
WWW = "www.bobaedream.co.kr"
MOBILE = "m.bobaedream.co.kr"
BIKE_PHOTO_HOST = "file4.bobaedream.co.kr"
CAR_PHOTO_HOST = "file2.bobaedream.co.kr"
BIKES_PER_PAGE = 30
CARS_PER_PAGE = 50

# category sno → name
CATEGORIES = [("81", "스쿠터"), ("82", "빅스쿠터"), ("83", "레플리카"), ("84", "네이키드"), ("85", "크루저"),
              ("86", "투어러"), ("87", "듀얼퍼퍼스"), ("88", "비즈니스"), ("89", "클래식")]
CAT = {name: sno for sno, name in CATEGORIES}

# maker: (sno, name, [(model name, category, cc, base price 만원, [sub-models])])
BIKE_MAKERS = [
    ("901", "혼다", [("PCX125", "스쿠터", 125, 390, ["ABS", "CBS"]), ("포르자350", "빅스쿠터", 330, 790, ["기본형"]),
                     ("CBR650R", "레플리카", 649, 1150, ["E-클러치", "기본형"]), ("골드윙", "투어러", 1833, 4200, ["투어 DCT"]),
                     ("슈퍼커브110", "비즈니스", 109, 320, ["기본형"])]),
    ("902", "야마하", [("XMAX300", "빅스쿠터", 292, 850, ["테크맥스", "기본형"]), ("NMAX125", "스쿠터", 125, 420, ["기본형"]),
                       ("MT-07", "네이키드", 689, 1050, ["기본형"]), ("YZF-R3", "레플리카", 321, 750, ["기본형"])]),
    ("903", "스즈키", [("버그만200", "스쿠터", 200, 520, ["기본형"]), ("GSX-R600", "레플리카", 599, 1300, ["기본형"]),
                       ("V-스트롬650", "듀얼퍼퍼스", 645, 1100, ["XT"])]),
    ("904", "가와사키", [("닌자400", "레플리카", 399, 780, ["KRT 에디션", "기본형"]), ("Z900", "네이키드", 948, 1350, ["SE"]),
                         ("벌칸S", "크루저", 649, 950, ["기본형"])]),
    ("905", "BMW", [("R1250GS", "듀얼퍼퍼스", 1254, 2890, ["어드벤처", "기본형"]), ("S1000RR", "레플리카", 999, 2650, ["M 패키지"]),
                    ("C400X", "빅스쿠터", 350, 990, ["기본형"])]),
    ("906", "할리데이비슨", [("스포스터 S", "크루저", 1252, 2350, ["기본형"]), ("팻보이", "크루저", 1868, 3100, ["114"])]),
    ("907", "대림", [("시티에이스110", "비즈니스", 110, 190, ["기본형"]), ("VJF250", "네이키드", 249, 350, ["기본형"])]),
    ("908", "두카티", [("몬스터", "네이키드", 937, 1690, ["플러스", "기본형"]), ("스크램블러", "클래식", 803, 1350, ["아이콘"])]),
]
QUIRK_WRONG_LEVEL_MAKER = "907"   # 대림: dep=2 answers the makers list, dep=1&parval=907 its models
QUIRK_OTHER_PARENT_MAKER = "901"  # 혼다: its models reply also carries BMW models that name their maker

REGIONS = ["서울 강남구", "서울 마포구", "경기 수원시", "경기 고양시", "인천 남동구", "부산 해운대구", "대구 수성구",
           "광주 북구", "대전 유성구", "울산 남구", "강원 춘천시", "충남 천안시", "전북 전주시", "경남 창원시", "제주 제주시"]
COLORS = ["흰색", "검정색", "빨간색", "파란색", "은색", "회색", "노란색", "녹색"]
SELLER_KINDS = ["개인", "업체", "딜러"]
SHOPS = ["데모모터스", "데모바이크 똠", "햏데모상사", "데모라이더스", "뷁데모모토"]   # 똠/햏/뷁: CP949-only syllables
DOCUMENTS = ["등록증", "인감증명서", "양도증명서", "신분증사본"]
SALE_WAYS = ["현금", "할부", "카드"]

# cars: maker (code, name, [(model, trim, cc, fuel, power hp, base 만원)])
CAR_MAKERS = [
    ("949", "현대", [("그랜저", "GN7 2.5 프리미엄", 2497, "가솔린", 198, 4200), ("쏘나타", "DN8 2.0 모던", 1999, "가솔린", 160, 2900),
                     ("아반떼", "CN7 1.6 인스퍼레이션", 1598, "가솔린", 123, 2300), ("싼타페", "MX5 2.5T 프레스티지", 2497, "가솔린", 281, 4100)]),
    ("903", "기아", [("K5", "3세대 2.0 노블레스", 1999, "가솔린", 160, 2900), ("쏘렌토", "MQ4 2.2 디젤 시그니처", 2151, "디젤", 202, 4000),
                     ("카니발", "KA4 3.5 노블레스", 3470, "가솔린", 294, 4300)]),
    ("910", "제네시스", [("G80", "RG3 2.5T AWD", 2497, "가솔린", 304, 6000), ("GV70", "2.5T 스포츠", 2497, "가솔린", 304, 5500)]),
    ("901", "BMW", [("5시리즈", "520i M 스포츠", 1998, "가솔린", 184, 6500), ("X5", "xDrive30d xLine", 2993, "디젤", 286, 10500)]),
    ("921", "벤츠", [("E-클래스", "E250 아방가르드", 1991, "가솔린", 211, 7000),
                     ("GLS-클래스", "X167 마이바흐 GLS 600 4MATIC", 3982, "가솔린", 557, 26000)]),
    ("906", "테슬라", [("모델 3", "롱레인지 AWD", 0, "전기", 498, 6000)]),
]

PALETTE = [(180, 30, 40), (30, 60, 150), (40, 40, 40), (210, 210, 215), (20, 120, 80), (230, 160, 30)]
TEXTS = ["데모 데이터입니다. 실제 매물이 아닙니다.", "정기점검을 꾸준히 받았습니다.", "실내외 상태 깨끗합니다.",
         "타이어 최근 교체했습니다.", "직거래 환영합니다."]


def b64(data):
    return base64.b64encode(data).decode("ascii")


def route(host, path, query, body, content_type, method="GET", form=None):
    r = {"method": method, "host": host, "path": path, "query": query, "status": 200,
         "headers": {"Content-Type": content_type}, "bodyBase64": b64(body)}
    if form is not None:
        r["form"] = form
    return r


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- motorcycles ------------------------------------------------------------------------------------------

def build_bikes(rnd, count):
    models, subs = [], []
    msno, ssno = 9101, 95001
    for maker_sno, maker, mlist in BIKE_MAKERS:
        for name, cat, cc, base, sublist in mlist:
            model = {"sno": str(msno), "maker": maker_sno, "makerName": maker, "name": name, "cat": cat, "cc": cc,
                     "base": base, "subs": []}
            msno += 1
            for s in sublist:
                model["subs"].append({"sno": str(ssno), "name": s})
                subs.append((model, str(ssno)))
                ssno += 1
            models.append(model)
    bikes = []
    for i in range(count):
        model = rnd.choice(models)
        sub = rnd.choice(model["subs"])
        year = rnd.randint(2012, 2025)
        age = 2026 - year
        price = int(model["base"] * (0.86 ** age) * rnd.uniform(0.85, 1.1)) // 10 * 10
        bikes.append({
            "no": str(610000 + i * 37),
            "model": model, "sub": sub,
            "title": "%s %s %s" % (model["makerName"], model["name"], sub["name"]) if sub["name"] != "기본형"
                     else "%s %s" % (model["makerName"], model["name"]),
            "year": year, "month": rnd.randint(1, 12),
            "km": max(10, int(rnd.gauss(4500, 2000) * max(age, 0.4))) // 10 * 10,
            "price": None if rnd.random() < 0.08 else max(price, 60),
            "seller": rnd.choice(SELLER_KINDS),
            "shop": rnd.choice(SHOPS),
            "region": rnd.choice(REGIONS),
            "color": rnd.choice(COLORS),
            "photos": rnd.randint(2, 4),
            "views": rnd.randint(10, 5000),
            "favs": rnd.randint(0, 40),
            "docs": [d for d in DOCUMENTS if rnd.random() < 0.6],
            "ways": [w for w in SALE_WAYS if rnd.random() < 0.5] or ["현금"],
            "posted": "2026/%02d/%02d" % (rnd.randint(1, 11), rnd.randint(1, 28)),
            "accident": rnd.random() < 0.2,
            "text": rnd.sample(TEXTS, 2),
        })
    return models, bikes


def bike_photo_url(bike, k, thumb):
    return "//%s/direct_bike/demo/cb%s_%d%s.jpg" % (BIKE_PHOTO_HOST, bike["no"], k, "_s1" if thumb else "")


def bike_link(no, inner):
    return '<a href="/bike2/bike_view.php?no=%s&amp;gubun=K&amp;ifnew=N">%s</a>' % (no, inner)


def bike_head(title):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">\n<title>%s</title></head>\n<body>\n'
            % esc(title))


def bike_form():
    opts = "".join('<option value="%s">%s</option>' % (s, n) for s, n in CATEGORIES)
    makers = "".join('<option value="%s">%s</option>' % (s, n) for s, n, _ in BIKE_MAKERS)
    return ('<form name="sform" method="get" action="/bike2/bike_list.php">\n'
            '<select name="ftype1"><option value="">전체</option>%s</select>\n'
            '<select name="maker_no"><option value="">제조사</option>%s</select>\n'
            '<select name="view_size"><option>30</option><option>50</option><option>70</option></select>\n'
            '</form>\n' % (opts, makers))


def bike_row(b, order):
    """One table row; `order` shuffles the columns (the parser reads cells by content)."""
    price = ('<b class="do_red_b1">%s</b>만원' % format(b["price"], ",")) if b["price"] else "가격문의"
    cells = {
        "photo": bike_link(b["no"], '<img src="%s" width="100" alt="">' % bike_photo_url(b, 1, True)),
        "title": bike_link(b["no"], esc(b["title"])) + '<br><span class="cate">%s</span>' % b["model"]["cat"],
        "year": "%d/%02d" % (b["year"], b["month"]),
        "cc": "%dcc" % b["model"]["cc"],
        "km": "%skm" % format(b["km"], ","),
        "price": price,
        "seller": b["seller"],
        "region": b["region"],
    }
    return "<tr>" + "".join("<td>%s</td>" % cells[c] for c in order) + "</tr>\n"


COLUMN_ORDERS = [["photo", "title", "year", "cc", "km", "price", "seller", "region"],
                 ["photo", "title", "price", "year", "km", "cc", "region", "seller"]]


def bike_list_page(bikes, page, pages, total, rnd_order):
    s = bike_head("중고 바이크 - 보배드림") + bike_form()
    s += '<div class="total">중고 바이크 총 <b>%s</b>대</div>\n' % format(total, ",")
    if bikes:
        ad = bikes[0]
        s += ('<table class="premium"><tr><td>%s<br>%s</td></tr></table>\n'
              % (bike_link(ad["no"], '<img src="%s" alt="">' % bike_photo_url(ad, 1, True)), bike_link(ad["no"], esc(ad["title"]))))
    s += '<table class="list" width="100%">\n'
    s += "<tr>" + "".join("<th>%s</th>" % h for h in ["사진", "모델명", "연식", "배기량", "주행거리", "가격", "판매자", "지역"]) + "</tr>\n"
    s += '<tr class="ad"><td colspan="8"><a href="/ad/click.php?id=demo"><img src="/images/banner/demo.gif"></a></td></tr>\n'
    for b in bikes:
        s += bike_row(b, COLUMN_ORDERS[rnd_order])
    s += "</table>\n"
    if not bikes:
        s += "<p>검색된 매물이 없습니다.</p>\n"
    s += '<div class="paging">'
    for p in range(1, pages + 1):
        s += "<b>%d</b> " % p if p == page else '<a href="bike_list.php?ifnew=N&amp;page=%d">%d</a> ' % (p, p)
    s += "</div>\n</body></html>\n"
    return s.encode("cp949")


def empty_bike_page():
    return (bike_head("중고 바이크 - 보배드림") + "<p>검색된 매물이 없습니다.</p>\n</body></html>\n").encode("cp949")


def bike_detail_page(b, others):
    m = b["model"]
    def cell_pair(a, av, c, cv):
        return ('<tr><td class="tit">%s</td><td>%s</td><td class="tit">%s</td><td>%s</td></tr>\n' % (a, av, c, cv))
    price = ('<span class="do_red_b1">%s</span> 만원' % format(b["price"], ",")) if b["price"] else '<span class="do_red_b1">가격문의</span>'
    s = bike_head("%s - 바이크 - 보배드림" % b["title"])
    s += '<div id="photo"><img id="BigImg" src="%s"><span id="nPhotoNum">1/%d</span><ul class="thumbs">' % (
        bike_photo_url(b, 1, False), b["photos"])
    for k in range(1, b["photos"] + 1):
        s += '<li><img src="https:%s"></li>' % bike_photo_url(b, k, True)
    s += "</ul></div>\n<table class=\"info\">\n"
    s += cell_pair("모델명", esc(b["title"]), "판매가격", price)
    s += cell_pair("연식", "%d년 %d월" % (b["year"], b["month"]), "주행거리", "%s km" % format(b["km"], ","))
    s += cell_pair("배기량", "%dcc" % m["cc"], "연료", "휘발유")
    s += cell_pair("변속기", "자동" if m["cat"] in ("스쿠터", "빅스쿠터") else "수동", "색상", b["color"])
    s += cell_pair("유형", m["cat"], "차량번호", "서울 가 %04d" % (int(b["no"]) % 10000))
    s += cell_pair("사고유무", "유" if b["accident"] else "무", "튜닝여부", "순정")
    s += "</table>\n<table><tr><td class=\"tit\">구비서류</td><td><table><tr>"
    for d in DOCUMENTS:
        s += '<td><img src="/images/bike/detail_check0%d.gif"></td><td>%s</td>' % (1 if d in b["docs"] else 2, d)
    s += "</tr></table></td></tr>\n<tr><td class=\"tit\">판매방법</td><td><table><tr>"
    for w in SALE_WAYS:
        s += '<td><img src="/images/bike/detail_check0%d.gif"></td><td>%s</td>' % (1 if w in b["ways"] else 2, w)
    s += "</tr></table></td></tr></table>\n"
    shop = b["shop"] if b["seller"] != "개인" else "-"
    s += '<table class="seller"><tr><td colspan="4"><strong>판매자 정보</strong></td></tr>\n'
    s += cell_pair("이름", "데모판매자 (%s)" % b["seller"], "연락처",
                   '<span class="do_gray_b1">010-0000-%04d</span>' % (int(b["no"]) % 10000))
    s += cell_pair("지역", b["region"], "업체명", shop)
    s += "</table>\n"
    s += ('<table><tr><td class="text_08">최초등록일 : %s &nbsp;|&nbsp; 조회수 : %s &nbsp;|&nbsp; 찜한회원 : %d</td></tr></table>\n'
          % (b["posted"], format(b["views"], ","), b["favs"]))
    s += '<div class="comment">%s</div>\n' % "<br>".join(b["text"])
    s += '<div class="ad_bikes">'
    for o in others:
        s += bike_link(o["no"], '<img src="https:%s">' % bike_photo_url(o, 1, True))
    s += "</div>\n</body></html>\n"
    return s.encode("cp949")


def levels_json(items):
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("cp949")


def bike_routes(rnd, count):
    models, bikes = build_bikes(rnd, count)
    routes = []
    html = "text/html; charset=EUC-KR"

    # Filter sets: (ftype1, maker_no, model_no, level_no) → bikes, newest first.
    sets = {}
    def add(key, b):
        sets.setdefault(key, []).append(b)
    for b in bikes:
        m, cat = b["model"], CAT[b["model"]["cat"]]
        add(("", "", "", ""), b)
        add((cat, "", "", ""), b)
        for c in ("", cat):
            add((c, m["maker"], "", ""), b)
            add((c, m["maker"], m["sno"], ""), b)
            add((c, m["maker"], m["sno"], b["sub"]["sno"]), b)
    for n, key in enumerate(sets):
        group = sorted(sets[key], key=lambda b: -int(b["no"]))
        pages = max(1, (len(group) + BIKES_PER_PAGE - 1) // BIKES_PER_PAGE)
        query = {"ftype1": key[0], "maker_no": key[1], "model_no": key[2], "level_no": key[3]}
        for page in range(1, pages + 1):
            chunk = group[(page - 1) * BIKES_PER_PAGE:page * BIKES_PER_PAGE]
            q = dict(query, page=str(page))
            routes.append(route(WWW, "/bike2/bike_list.php", q,
                                bike_list_page(chunk, page, pages, len(group), (n + page) % 2), html))
        # One page past the end: a one-page result has no pager links, so the source asks for page 2.
        routes.append(route(WWW, "/bike2/bike_list.php", dict(query, page=str(pages + 1)), empty_bike_page(), html))
    for i, b in enumerate(bikes):
        others = [bikes[(i + 7) % len(bikes)], bikes[(i + 13) % len(bikes)]]
        routes.append(route(WWW, "/bike2/bike_view.php", {"no": b["no"]}, bike_detail_page(b, others), html))

    counts = {}
    for b in bikes:
        for k in (CAT[b["model"]["cat"]], b["model"]["maker"], b["model"]["sno"], b["sub"]["sno"]):
            counts[k] = counts.get(k, 0) + 1
    cats = [{"sno": s, "cname": n, "cnt": str(counts.get(s, 0)), "chk": ""} for s, n in CATEGORIES]
    makers = [{"sno": s, "cname": n, "cnt": str(counts.get(s, 0)), "chk": ""} for s, n, _ in BIKE_MAKERS]
    json_type = "text/html; charset=euc-kr"   # the PHP endpoint's default type
    routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "0", "parval": ""}, levels_json(cats), json_type))
    routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "1", "parval": ""}, levels_json(makers), json_type))
    by_maker = {}
    for m in models:
        by_maker.setdefault(m["maker"], []).append(m)
    bmw = [{"sno": m["sno"], "cname": m["name"], "cnt": str(counts.get(m["sno"], 0)), "chk": "", "maker_no": "905"}
           for m in by_maker["905"]]
    for maker_sno, ms in by_maker.items():
        items = [{"sno": m["sno"], "cname": m["name"], "cnt": counts.get(m["sno"], 0), "chk": ""} for m in ms]
        if maker_sno == QUIRK_OTHER_PARENT_MAKER:
            items = [dict(it, maker_no=maker_sno) for it in items] + bmw
        if maker_sno == QUIRK_WRONG_LEVEL_MAKER:
            routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "2", "parval": maker_sno}, levels_json(makers), json_type))
            routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "1", "parval": maker_sno}, levels_json(items), json_type))
        else:
            routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "2", "parval": maker_sno}, levels_json(items), json_type))
        for m in ms:
            subs = [{"sno": s["sno"], "cname": s["name"], "cnt": str(counts.get(s["sno"], 0)), "chk": ""} for s in m["subs"]]
            routes.append(route(WWW, "/bike2/get_cardepth.php", {"dep": "3", "parval": m["sno"]}, levels_json(subs), json_type))

    photos = []
    for b in bikes:
        for k in range(1, b["photos"] + 1):
            photos.append((BIKE_PHOTO_HOST, "/direct_bike/demo/cb%s_%d.jpg" % (b["no"], k)))
    return routes, photos, len(bikes)


# ---- cars (mobile) -----------------------------------------------------------------------------------------

def build_cars(rnd, count):
    cars = []
    for i in range(count):
        mcode, maker, mlist = rnd.choice(CAR_MAKERS)
        model, trim, cc, fuel, hp, base = rnd.choice(mlist)
        year = rnd.randint(2016, 2025)
        age = 2026 - year
        direct = rnd.random() < 0.36          # "보배드림 직접촬영": these carry a VIN
        history = rnd.random()
        cars.append({
            "no": str(2400000 + i * 53), "maker": mcode, "makerName": maker, "model": model,
            "title": "%s %s %s" % (maker, model, trim), "cc": cc, "fuel": fuel, "hp": hp,
            "year": year, "month": rnd.randint(1, 12), "day": rnd.randint(1, 28),
            "modelYear": year + (1 if rnd.random() < 0.3 else 0),
            "shortForm": rnd.random() < 0.75,     # 24/02/13(23년형) vs 2024/10
            "km": max(100, int(rnd.gauss(14000, 5000) * max(age, 0.3))) // 10 * 10,
            "price": max(300, int(base * (0.87 ** age) * rnd.uniform(0.85, 1.1)) // 10 * 10),
            "color": rnd.choice(["흰색", "검정색", "쥐색", "은색", "검정투톤", "진주색"]),
            "gear": "자동 Array단" if rnd.random() < 0.1 else ("자동" if fuel != "전기" else "자동 1단"),
            "vin": ("ZZZDEM%011d" % (i * 7919 % 10**11)) if direct else None,
            "insurance": rnd.randint(0, 3) if history < 0.4 else (None if history < 0.7 else "미공개"),
            "repair": rnd.randint(0, 2) if history < 0.4 else None,
            "lease": rnd.random() < 0.03,
            "region": rnd.choice(["서울", "경기", "인천", "부산", "대구", "대전"]),
            "photos": rnd.randint(3, 6), "folder": str(2400000 + i * 53), "bucket": rnd.randint(1, 9),
        })
    return cars


def car_photo(c, k):
    return "//%s/pds/CyberCar/%d/%s/img_%s_%d.jpg" % (CAR_PHOTO_HOST, c["bucket"], c["folder"], c["folder"], k)


def mobile_head(title):
    return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width,initial-scale=1"><title>%s</title></head><body>\n' % esc(title))


def year_text(c):
    if c["shortForm"]:
        return "%02d/%02d/%02d(%02d년형)" % (c["year"] % 100, c["month"], c["day"], c["modelYear"] % 100)
    return "%d/%02d" % (c["year"], c["month"])


def car_list_page(cars):
    s = mobile_head("중고차 매물 - 보배드림") + '<header><a href="/">보배드림</a></header>\n<ul class="list-car">\n'
    for c in cars:
        s += ('<li class="item"><a href="/mycar/mview/%s"><div class="thumb"><img src="%s" alt=""></div>'
              '<div class="info"><span class="title">%s</span><span class="data">%s · %skm · %s · %s</span>'
              '<div class="price-area"><strong class="price">%s</strong><span class="unit">만원</span></div></div></a></li>\n'
              % (c["no"], car_photo(c, 1), esc(c["title"]), "%02d/%02d(%02d년형)" % (c["year"] % 100, c["month"], c["modelYear"] % 100),
                 format(c["km"], ","), c["fuel"], c["region"], format(c["price"], ",")))
    s += "</ul>\n"
    if not cars:
        s += '<p class="none">등록된 차량이 없습니다.</p>\n'
    return (s + "</body></html>\n").encode("utf-8")


def car_detail_page(c, others):
    s = ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%d %s 중고차 | 보배드림 중고차</title>'
         '<meta property="og:image" content="%s"></head><body>\n' % (c["year"], esc(c["title"]), car_photo(c, 1)))
    s += '<div class="summary"><strong class="price">%s</strong><span class="unit">만원</span>' % format(c["price"], ",")
    if c["lease"]:
        s += "<p>월리스료 <b>%d</b>만원</p>" % max(30, c["price"] // 60)
    if c["repair"] is not None:
        s += '<span class="title">수리이력</span><span class="count">%d</span>' % c["repair"]
    if isinstance(c["insurance"], int):
        s += '<span class="title">보험이력</span><span class="count">%d</span>' % c["insurance"]
    elif c["insurance"] == "미공개":
        s += "<p>보험이력미공개</p>"
    s += "</div>\n<ul class=\"spec\">\n"
    pairs = [("연식", year_text(c)), ("주행거리", "%skm" % format(c["km"], ",")),
             ("배기량", format(c["cc"], ",") if c["cc"] else "-"), ("연료", c["fuel"]), ("색상", c["color"]),
             ("변속기", c["gear"]), ("최고출력", "%d마력" % c["hp"]), ("승차정원", "5")]
    if c["vin"]:
        pairs.append(("차대번호", c["vin"]))
        pairs.append(("실차확인", "보배드림 직접촬영"))
    for label, value in pairs:
        s += '<li><span class="title1">%s</span><span class="text">%s</span></li>\n' % (label, esc(value))
    s += '</ul>\n<div class="gallery">'
    for k in range(1, c["photos"] + 1):
        s += '<img data-src="https:%s" src="/images/loading.gif">' % car_photo(c, k)
    s += "</div>\n"
    s += '<a href="/mycar/popup/mycarChart_B.php?car_number=00%%EA%%B0%%80%04d">보험이력 조회</a>\n' % (int(c["no"]) % 10000)
    s += '<div class="recommend">'
    for o in others:
        s += ('<a href="/mycar/mview/%s"><img src="https:%s"><span class="title">%s</span></a>'
              % (o["no"], car_photo(o, 1), esc(o["title"])))
    return (s + "</div>\n</body></html>\n").encode("utf-8")


def car_routes(rnd, count):
    cars = build_cars(rnd, count)
    routes = []
    html = "text/html; charset=UTF-8"
    groups = [("", cars)] + [(code, [c for c in cars if c["maker"] == code]) for code, _, _ in CAR_MAKERS]
    for maker, group in groups:
        group = sorted(group, key=lambda c: -int(c["no"]))
        pages = (len(group) + CARS_PER_PAGE - 1) // CARS_PER_PAGE
        for page in range(1, pages + 2):   # then one empty page: the end of the list
            chunk = group[(page - 1) * CARS_PER_PAGE:page * CARS_PER_PAGE]
            routes.append(route(MOBILE, "/mycar/mlist/0/%d" % page, {"maker_no": maker}, car_list_page(chunk), html))
    for i, c in enumerate(cars):
        others = [cars[(i + 5) % len(cars)], cars[(i + 11) % len(cars)]]
        routes.append(route(MOBILE, "/mycar/mview/%s" % c["no"], {}, car_detail_page(c, others), html))

    counts = {}
    for c in cars:
        counts[c["maker"]] = counts.get(c["maker"], 0) + 1
    makers = [{"no": code, "name": name, "car_cnt": counts.get(code, 0)} for code, name, _ in CAR_MAKERS]
    json_type = "application/json; charset=UTF-8"
    ajax = "/mycar/proc/ajax_maker_new.php"
    routes.append(route(WWW, ajax, {}, json.dumps(makers, ensure_ascii=False).encode("utf-8"), json_type, "POST",
                        {"getSel": "maker", "no": "", "dep": "0"}))
    for code, _, mlist in CAR_MAKERS:
        models = {str(k): {"no": "%s%02d" % (code, k), "name": m[0], "car_cnt": None}
                  for k, m in enumerate(mlist)}
        routes.append(route(WWW, ajax, {}, json.dumps(models, ensure_ascii=False).encode("utf-8"), json_type, "POST",
                            {"getSel": "maker", "no": code, "dep": "1"}))
    photos = []
    for c in cars:
        for k in range(1, c["photos"] + 1):
            photos.append((CAR_PHOTO_HOST, "/pds/CyberCar/%d/%s/img_%s_%d.jpg" % (c["bucket"], c["folder"], c["folder"], k)))
    return routes, photos, len(cars)


def photo_routes(photos):
    pngs = [placeholder_car(160, 120, rgb) for rgb in PALETTE]
    return [route(host, path, {}, pngs[i % len(pngs)], "image/png") for i, (host, path) in enumerate(photos)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--bikes", type=int, default=120)
    parser.add_argument("--cars", type=int, default=160)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    bikes, bike_photos, nb = bike_routes(rnd, args.bikes)
    cars, car_photos, nc = car_routes(rnd, args.cars)
    routes = bikes + cars + photo_routes(bike_photos + car_photos)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "routes.json"), "w", encoding="utf-8") as f:
        json.dump(routes, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print("gen_bobaedream: %d bikes, %d cars, %d routes" % (nb, nc, len(routes)))


if __name__ == "__main__":
    main()
