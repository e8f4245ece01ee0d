#!/usr/bin/env python3
"""Synthetic KB ChaChaCha demo data (deterministic): a compact inventory JSON plus placeholder photos.

    gen_kbchachacha.py OUTPUT_DIR   -> OUTPUT_DIR/inventory.json, OUTPUT_DIR/photo_0.png … photo_5.png

The C++ demo backend (core/sources/kbchachacha/kbdemobackend.cpp) renders the upstream formats from it on
request: the catalog JSON (carMaker/carClass/carName/carModel), the list.empty HTML fragment with its three
sections, detail pages with JSON-LD and the info table, and photos. Nothing here comes from a real capture:
the model taxonomy is general knowledge, codes are made up (9xx makers), plates are "00가0000"-style, dealers
are "데모딜러 NN" with 0000 phone numbers, and the seller comments are stock sentences.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pngwriter import placeholder_car, write_png  # noqa: E402

LISTINGS = 1200
SEED = 20260127

# maker: (code, name, country, classes); class: (name, useCode, useName, cars)
# car: (name, fromYear, toYear, models); model: (name, gasCode, cc, autoGbn, basePrice만원, grades)
P, D, L, HP, EV, HD = "004001", "004002", "004003", "004005", "004007", "004011"
AUTO, MAN, CVT = "005002", "005001", "005004"
SEDAN_M, SEDAN_L, SEDAN_S, SUV, VAN, TRUCK, MINI, SPORT = (
    ("002004", "중형"), ("002005", "대형"), ("002003", "준중형"), ("002007", "SUV"), ("002008", "RV"),
    ("002011", "트럭"), ("002001", "경차"), ("002006", "스포츠카"))

TAXONOMY = [
    ("901", "현대", "국산", [
        ("쏘나타", SEDAN_M, [
            ("쏘나타 디 엣지(DN8)", 2023, None, [("1.6 터보", P, 1598, AUTO, 3100, ["프리미엄", "익스클루시브", "인스퍼레이션"]),
                                                ("2.0", P, 1999, AUTO, 2800, ["프리미엄", "익스클루시브"]),
                                                ("2.0 LPG", L, 1999, AUTO, 2700, ["프리미엄", "익스클루시브"])]),
            ("쏘나타 (DN8)", 2019, 2023, [("2.0", P, 1999, AUTO, 2600, ["스마트", "모던", "프리미엄"]),
                                          ("1.6 터보", P, 1598, AUTO, 2800, ["프리미엄", "인스퍼레이션"])])]),
        ("그랜저", SEDAN_L, [
            ("디 올 뉴 그랜저(GN7)", 2022, None, [("2.5", P, 2497, AUTO, 4200, ["프리미엄", "익스클루시브", "캘리그래피"]),
                                                  ("1.6 하이브리드", HP, 1598, AUTO, 4600, ["프리미엄", "캘리그래피"])]),
            ("더 뉴 그랜저 IG", 2019, 2022, [("2.5", P, 2497, AUTO, 3500, ["프리미엄", "익스클루시브"]),
                                             ("3.3", P, 3342, AUTO, 3900, ["캘리그래피"])])]),
        ("아반떼", SEDAN_S, [
            ("아반떼 (CN7)", 2020, None, [("1.6", P, 1598, AUTO, 2100, ["스마트", "모던", "인스퍼레이션"]),
                                          ("1.6 하이브리드", HP, 1580, AUTO, 2600, ["모던", "인스퍼레이션"])])]),
        ("싼타페", SUV, [
            ("디 올 뉴 싼타페(MX5)", 2023, None, [("2.5 터보", P, 2497, AUTO, 4100, ["익스클루시브", "프레스티지"]),
                                                  ("1.6 터보 하이브리드", HP, 1598, AUTO, 4500, ["익스클루시브", "캘리그래피"])]),
            ("더 뉴 싼타페(TM)", 2020, 2023, [("2.2 디젤", D, 2151, AUTO, 3600, ["익스클루시브", "프레스티지"])])]),
        ("포터", TRUCK, [
            ("포터2", 2004, None, [("2.5 디젤", D, 2497, MAN, 1900, ["슈퍼캡 초장축", "일반캡 장축"])])]),
        ("아이오닉5", SUV, [
            ("아이오닉5", 2021, None, [("롱레인지", EV, 0, AUTO, 4800, ["익스클루시브", "프레스티지"])])]),
    ]),
    ("902", "기아", "국산", [
        ("K5", SEDAN_M, [
            ("더 뉴 K5 3세대", 2023, None, [("2.0", P, 1999, AUTO, 2900, ["프레스티지", "노블레스", "시그니처"]),
                                            ("1.6 터보", P, 1598, AUTO, 3100, ["노블레스", "시그니처"])])]),
        ("쏘렌토", SUV, [
            ("쏘렌토 4세대(MQ4)", 2020, None, [("2.2 디젤", D, 2151, AUTO, 3900, ["프레스티지", "노블레스", "시그니처"]),
                                               ("1.6 터보 하이브리드", HP, 1598, AUTO, 4300, ["노블레스", "시그니처"])])]),
        ("카니발", VAN, [
            ("카니발 4세대(KA4)", 2020, None, [("2.2 디젤", D, 2151, AUTO, 4200, ["프레스티지", "노블레스", "시그니처"]),
                                               ("3.5 가솔린", P, 3470, AUTO, 4300, ["노블레스", "시그니처"])])]),
        ("모닝", MINI, [
            ("올 뉴 모닝(JA)", 2017, None, [("1.0", P, 998, AUTO, 1100, ["스탠다드", "프레스티지"])])]),
        ("레이", MINI, [
            ("더 뉴 레이", 2022, None, [("1.0", P, 998, CVT, 1500, ["트렌디", "시그니처"])])]),
        ("EV6", SUV, [
            ("EV6", 2021, None, [("롱레인지", EV, 0, AUTO, 5000, ["에어", "어스", "GT-Line"])])]),
    ]),
    ("903", "제네시스", "국산", [
        ("G80", SEDAN_L, [
            ("G80 (RG3)", 2020, None, [("2.5 터보", P, 2497, AUTO, 5800, ["기본형", "스포츠 패키지"]),
                                       ("3.5 터보", P, 3470, AUTO, 6600, ["AWD", "스포츠 패키지"])])]),
        ("GV70", SUV, [
            ("GV70", 2020, None, [("2.5 터보", P, 2497, AUTO, 5400, ["AWD", "스포츠 패키지"]),
                                  ("2.2 디젤", D, 2199, AUTO, 5200, ["AWD"])])]),
    ]),
    ("904", "한국GM", "국산", [
        ("트레일블레이저", SUV, [
            ("트레일블레이저", 2020, None, [("1.3 터보", P, 1341, AUTO, 2300, ["LT", "프리미어", "RS"])])]),
    ]),
    ("905", "KG모빌리티", "국산", [
        ("토레스", SUV, [
            ("토레스", 2022, None, [("1.5 터보", P, 1497, AUTO, 2900, ["T5", "T7"])])]),
    ]),
    ("906", "르노코리아", "국산", [
        ("QM6", SUV, [
            ("더 뉴 QM6", 2019, None, [("2.0 LPe", L, 1998, CVT, 2400, ["SE", "LE", "RE"]),
                                       ("2.0 GDe", P, 1997, CVT, 2500, ["LE", "RE"])])]),
    ]),
    ("911", "벤츠", "수입", [
        ("E-클래스", SEDAN_L, [
            ("E-클래스 W213", 2016, 2023, [("E250", P, 1991, AUTO, 5200, ["아방가르드", "익스클루시브"]),
                                           ("E220d 4MATIC", D, 1950, AUTO, 5400, ["익스클루시브"])])]),
        ("GLC-클래스", SUV, [
            ("GLC-클래스 X253", 2016, 2022, [("GLC300 4MATIC", P, 1991, AUTO, 5600, ["쿠페", "기본형"])])]),
    ]),
    ("912", "BMW", "수입", [
        ("5시리즈", SEDAN_L, [
            ("5시리즈 (G30)", 2017, 2023, [("520i", P, 1998, AUTO, 4800, ["럭셔리", "M 스포츠"]),
                                           ("530e", HP, 1998, AUTO, 5500, ["M 스포츠"])])]),
        ("X5", SUV, [
            ("X5 (G05)", 2019, None, [("xDrive30d", D, 2993, AUTO, 8200, ["xLine", "M 스포츠"])])]),
    ]),
    ("913", "아우디", "수입", [
        ("A6", SEDAN_L, [
            ("A6 (C8)", 2019, None, [("45 TFSI 콰트로", P, 1984, AUTO, 5300, ["프리미엄", "스포트"])])]),
    ]),
    ("915", "렉서스", "수입", [
        ("ES", SEDAN_L, [
            ("ES300h 7세대", 2018, None, [("2.5 하이브리드", HP, 2487, CVT, 4900, ["럭셔리", "이그제큐티브"])])]),
    ]),
    ("916", "도요타", "수입", [
        ("캠리", SEDAN_M, [
            ("캠리 8세대", 2018, None, [("2.5 하이브리드", HP, 2487, CVT, 3500, ["XLE"])])]),
    ]),
    ("917", "테슬라", "수입", [
        ("모델 3", SEDAN_M, [
            ("모델 3", 2019, None, [("롱레인지", EV, 0, AUTO, 4700, ["AWD"]), ("스탠다드", EV, 0, AUTO, 4000, ["RWD"])])]),
    ]),
    ("918", "볼보", "수입", [
        ("XC60", SUV, [
            ("XC60 2세대", 2017, None, [("B5 AWD", HP, 1969, AUTO, 5500, ["모멘텀", "인스크립션"])])]),
    ]),
    ("920", "포르쉐", "수입", [
        ("카이엔", SUV, [
            ("카이엔 (PO536)", 2018, None, [("3.0", P, 2995, AUTO, 11000, ["기본형", "쿠페"])])]),
    ]),
    ("921", "미니", "수입", [
        ("쿠퍼", SPORT, [
            ("쿠퍼 3세대", 2014, 2023, [("1.5", P, 1499, AUTO, 2600, ["클래식", "JCW 트림"])])]),
    ]),
]

REGIONS = ["서울", "경기", "인천", "부산", "대구", "광주", "대전", "울산", "경남", "경북", "충남", "충북", "전남", "전북", "강원", "제주"]
COLORS = ["흰색", "검정색", "쥐색", "은색", "진주색", "파란색", "빨간색", "갈색"]
OPTIONS = ["내비게이션", "썬루프", "크루즈 컨트롤", "헤드램프", "열선 스티어링 휠", "통풍시트", "열선시트",
           "주차감지센서", "헤드업 디스플레이", "어라운드뷰", "후측방 경고시스템", "차선이탈경보"]
EXTRAS = ["파노라마선루프", "스마트 센스", "하이테크 패키지", "드라이브 와이즈", "컴포트 패키지"]
COMMENTS = [
    "데모 데이터입니다. 실제 차량이 아닙니다.",
    "정기점검을 꾸준히 받은 차량입니다.",
    "실내 상태가 깨끗하고 흡연 흔적이 없습니다.",
    "타이어와 브레이크 패드를 최근 교체했습니다.",
    "비대면 탁송 상담이 가능합니다.",
    "성능점검기록부를 확인해 주세요.",
]
DEALERS = 36

# flags bits (the C++ backend reads the same values)
F_STARPICK, F_CERTIFIED, F_DIAGNOSED, F_OWNER, F_NOSHOW, F_WARRANTY, F_ACCIDENT, F_TOTALLOSS, F_FLOOD, F_RENTAL = (
    1, 2, 4, 8, 16, 32, 64, 128, 256, 512)


def build():
    rnd = random.Random(SEED)
    makers, classes, cars, models, grades = [], [], [], [], []
    leaf = []   # (model index, grade code, weight)
    class_code, car_code, model_code = 5100, 7100, 60100
    for m_order, (mcode, mname, country, mclasses) in enumerate(TAXONOMY, start=1):
        makers.append({"code": mcode, "name": mname, "country": country, "order": m_order})
        weight_maker = 6 if country == "국산" else 2
        for cname, (use, use_name), ccars in mclasses:
            class_code += 1
            classes.append({"code": str(class_code), "maker": mcode, "name": cname, "use": use, "useName": use_name})
            for name, y_from, y_to, cmodels in ccars:
                car_code += 1
                cars.append({"code": str(car_code), "class": str(class_code), "name": name, "from": y_from,
                             "to": y_to or 0})
                for mod_name, gas, cc, gbn, base, gnames in cmodels:
                    model_code += 7
                    models.append({"code": str(model_code), "car": str(car_code), "name": mod_name, "gas": gas, "cc": cc,
                                   "gbn": gbn, "base": base})
                    for gi, gname in enumerate(gnames, start=1):
                        gcode = "%03d" % gi
                        grades.append({"model": str(model_code), "code": gcode, "name": gname})
                        leaf.append((len(models) - 1, gcode, weight_maker))

    weights = [w for _, _, w in leaf]
    car_by_code = {c["code"]: c for c in cars}
    listings = []
    for i in range(LISTINGS):
        mi, gcode, _ = rnd.choices(leaf, weights=weights)[0]
        model = models[mi]
        car = car_by_code[model["car"]]
        last_year = car["to"] or 2025
        year = rnd.randint(car["from"], min(last_year, 2025))
        month = rnd.randint(1, 12)
        model_year = year + 1 if month >= 7 and rnd.random() < 0.5 else year
        age = 2026 - year
        km = max(5, int(rnd.gauss(14000, 5000) * max(age, 0.3)))
        km = min(km, 390000) // 1 * 1
        depreciation = 0.87 ** age
        price = int(model["base"] * depreciation * rnd.uniform(0.85, 1.1)) + rnd.randint(0, 9) * 10
        price = max(price, 290)
        flags = 0
        r = rnd.random()
        if r < 0.05:
            flags |= F_CERTIFIED
        elif r < 0.20:
            flags |= F_DIAGNOSED
        if flags & (F_CERTIFIED | F_DIAGNOSED) and rnd.random() < 0.2:
            flags |= F_STARPICK
        flags |= F_OWNER if rnd.random() < 0.6 else 0
        flags |= F_NOSHOW if rnd.random() < 0.75 else 0
        flags |= F_WARRANTY if rnd.random() < 0.2 else 0
        accidents = 0
        if rnd.random() < 0.3:
            flags |= F_ACCIDENT
            accidents = rnd.randint(1, 3)
        flags |= F_TOTALLOSS if rnd.random() < 0.01 else 0
        flags |= F_FLOOD if rnd.random() < 0.005 else 0
        flags |= F_RENTAL if rnd.random() < 0.05 else 0
        lease_monthly = rnd.randint(40, 120) if rnd.random() < 0.02 else 0
        seq = 31000000 + (i * 7919) % 9000000
        options = rnd.getrandbits(len(OPTIONS))
        extras = [e for e in range(len(EXTRAS)) if rnd.random() < 0.25]
        listings.append([
            seq,                                  # 0 carSeq
            mi,                                   # 1 model index
            gcode,                                # 2 grade code
            year * 100 + month,                   # 3 first registration YYYYMM
            model_year,                           # 4
            km,                                   # 5
            0 if lease_monthly else price,        # 6 price in 만원 (0 = lease takeover)
            lease_monthly,                        # 7 monthly lease in 만원
            rnd.randrange(len(REGIONS)),          # 8 region
            rnd.randrange(len(COLORS)),           # 9 colour
            flags,                                # 10
            rnd.choice([0, 0, 1, 1, 2, 3, 4]),    # 11 owner changes
            accidents,                            # 12
            rnd.randint(3, 12),                   # 13 photos
            rnd.randrange(DEALERS),               # 14 dealer
            rnd.randint(1, 10_000_000),           # 15 order (newer = larger)
            options,                              # 16 option bits
            extras,                               # 17 extra option indices
            rnd.sample(range(len(COMMENTS)), 3),  # 18 comment sentences
        ])
    return {
        "note": "Synthetic KB ChaChaCha demo inventory generated by tools/demo/gen_kbchachacha.py; not real data.",
        "listingFields": ["carSeq", "model", "grade", "regYm", "modelYear", "km", "price", "leaseMonthly", "region",
                          "color", "flags", "ownerChanges", "accidents", "photos", "dealer", "order", "options",
                          "extras", "comment"],
        "makers": makers, "classes": classes, "cars": cars, "models": models, "grades": grades,
        "regions": REGIONS, "colors": COLORS, "options": OPTIONS, "extras": EXTRAS, "comments": COMMENTS,
        "dealers": DEALERS, "listings": listings,
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_kbchachacha.py OUTPUT_DIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    data = build()
    with open(os.path.join(out, "inventory.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
    palette = [(180, 30, 40), (30, 60, 150), (40, 40, 40), (210, 210, 215), (20, 120, 80), (230, 160, 30)]
    for i, rgb in enumerate(palette):
        write_png(os.path.join(out, "photo_%d.png" % i), placeholder_car(320, 240, rgb))


if __name__ == "__main__":
    main()
