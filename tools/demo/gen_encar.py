#!/usr/bin/env python3
"""Deterministic synthetic Encar data for `carscout --demo`, `carscout-cli serve-demo` and the tests.

Writes into OUT_DIR:
  inventory.json   {"generator", "seed", "Count", "SearchResults": [list items in the api.encar.com format],
                    "Details": {id: compact detail extras}, "Makers": {maker: {"en", "carType"}}}
                   The demo backend (core/sources/encar/encardemo.cpp) answers list/iNav/detail/inspection/record
                   requests from it.
  photo_0.png … photo_5.png   placeholder pictures served for every ci.encar.com photo path.

Everything is invented: makers and model names are the public product names, but dealers ("데모모터스"),
plates ("00가1234": no real plate starts with 00), VINs ("DEMO…"), phones and texts are fake. No captured
data is used.  Usage: gen_encar.py OUT_DIR [--cars N] [--seed S]
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pngwriter import placeholder_car, write_png  # noqa: E402

SEED = 20260127

# maker: (english, car type, {model group: [(model, new price 만원, first year, last year, body,
#                                           [(badge group, fuel, displacement, [badges])])]})
CATALOG = {
    "현대": ("Hyundai", "Y", {
        "아반떼": [("아반떼 (CN7)", 2300, 2020, 2025, "준중형차", [("가솔린 1.6", "가솔린", 1598, ["스마트", "모던", "인스퍼레이션"]), ("LPi 1.6", "LPG(일반인 구입)", 1591, ["스마트", "모던"])]),
                  ("더 뉴 아반떼 AD", 1900, 2018, 2020, "준중형차", [("가솔린 1.6", "가솔린", 1591, ["스마트", "프리미엄"])])],
        "쏘나타": [("쏘나타 (DN8)", 3000, 2019, 2023, "중형차", [("가솔린 2.0", "가솔린", 1999, ["프리미엄", "프리미엄 플러스", "인스퍼레이션"]), ("하이브리드 2.0", "가솔린+전기", 1999, ["프리미엄", "인스퍼레이션"])]),
                  ("LF 쏘나타", 2500, 2014, 2017, "중형차", [("가솔린 2.0", "가솔린", 1999, ["스마트", "모던"]), ("LPi 2.0", "LPG(일반인 구입)", 1999, ["스마트"])])],
        "그랜저": [("그랜저 (GN7)", 4200, 2022, 2025, "대형차", [("가솔린 2.5", "가솔린", 2497, ["프리미엄", "익스클루시브", "캘리그래피"]), ("하이브리드 1.6T", "가솔린+전기", 1598, ["익스클루시브"])]),
                  ("그랜저 HG", 3100, 2011, 2016, "대형차", [("가솔린 2.4", "가솔린", 2359, ["HG240 모던", "HG240 럭셔리"]), ("가솔린 3.0", "가솔린", 2999, ["HG300 프라임"])])],
        "싼타페": [("싼타페 (MX5)", 4000, 2023, 2025, "SUV", [("가솔린 2.5T", "가솔린", 2497, ["익스클루시브", "프레스티지"]), ("하이브리드 1.6T", "가솔린+전기", 1598, ["프레스티지"])]),
                  ("더 뉴 싼타페", 3500, 2020, 2023, "SUV", [("디젤 2.2", "디젤", 2151, ["익스클루시브", "프레스티지", "캘리그래피"])])],
        "팰리세이드": [("팰리세이드", 4300, 2018, 2025, "SUV", [("디젤 2.2", "디젤", 2199, ["익스클루시브", "프레스티지", "캘리그래피"]), ("가솔린 3.8", "가솔린", 3778, ["프레스티지"])])],
        "아이오닉5": [("아이오닉5", 5200, 2021, 2025, "SUV", [("롱레인지", "전기", 0, ["익스클루시브", "프레스티지"]), ("스탠다드", "전기", 0, ["익스클루시브"])])],
        "캐스퍼": [("캐스퍼", 1600, 2021, 2025, "경차", [("가솔린 1.0", "가솔린", 998, ["스마트", "디 에센셜", "인스퍼레이션"])])],
        "넥쏘": [("넥쏘", 7000, 2018, 2025, "SUV", [("수소", "수소", 0, ["모던", "프리미엄"])])],
        "포터": [("포터2", 2000, 2012, 2025, "화물차", [("디젤 2.5", "디젤", 2497, ["초장축 슈퍼캡 CRDi"])])],
    }),
    "기아": ("Kia", "Y", {
        "K5": [("K5 3세대", 2900, 2019, 2025, "중형차", [("가솔린 1.6T", "가솔린", 1598, ["프레스티지", "노블레스", "시그니처"]), ("LPi 2.0", "LPG(일반인 구입)", 1999, ["트렌디", "프레스티지"])])],
        "K8": [("K8", 4000, 2021, 2025, "대형차", [("가솔린 2.5", "가솔린", 2497, ["노블레스", "시그니처"]), ("하이브리드 1.6T", "가솔린+전기", 1598, ["노블레스"])])],
        "쏘렌토": [("쏘렌토 4세대", 3800, 2020, 2025, "SUV", [("디젤 2.2", "디젤", 2151, ["프레스티지", "노블레스", "시그니처"]), ("하이브리드 1.6T", "가솔린+전기", 1598, ["노블레스", "시그니처"])]),
                  ("올 뉴 쏘렌토", 3100, 2014, 2017, "SUV", [("디젤 2.2", "디젤", 2199, ["프레스티지", "노블레스"])])],
        "카니발": [("카니발 4세대", 4000, 2020, 2025, "RV", [("디젤 2.2", "디젤", 2151, ["9인승 노블레스", "9인승 시그니처", "7인승 시그니처"]), ("가솔린 3.5", "가솔린", 3470, ["9인승 시그니처"])])],
        "스포티지": [("스포티지 5세대", 3000, 2021, 2025, "SUV", [("가솔린 1.6T", "가솔린", 1598, ["프레스티지", "노블레스"]), ("디젤 2.0", "디젤", 1998, ["노블레스"])])],
        "모닝": [("올 뉴 모닝 (JA)", 1300, 2017, 2023, "경차", [("가솔린 1.0", "가솔린", 998, ["스탠다드", "프레스티지", "시그니처"])])],
        "레이": [("더 뉴 레이", 1500, 2017, 2025, "경차", [("가솔린 1.0", "가솔린", 998, ["트렌디", "프레스티지", "시그니처"])])],
        "EV6": [("EV6", 5500, 2021, 2025, "SUV", [("롱레인지", "전기", 0, ["에어", "어스", "GT-Line"])])],
        "셀토스": [("셀토스", 2500, 2019, 2025, "SUV", [("가솔린 1.6T", "가솔린", 1598, ["트렌디", "프레스티지", "노블레스"])])],
    }),
    "제네시스": ("Genesis", "Y", {
        "G80": [("G80 (RG3)", 6000, 2020, 2025, "대형차", [("가솔린 2.5T", "가솔린", 2497, ["2WD", "AWD"]), ("가솔린 3.5T", "가솔린", 3470, ["AWD 스포츠 패키지"])])],
        "GV80": [("GV80", 7000, 2020, 2025, "SUV", [("가솔린 2.5T", "가솔린", 2497, ["2WD", "AWD"]), ("디젤 3.0", "디젤", 2959, ["AWD"])])],
        "G90": [("G90", 9500, 2019, 2025, "대형차", [("가솔린 3.8", "가솔린", 3778, ["프리미엄 럭셔리", "럭셔리"])])],
        "GV70": [("GV70", 5500, 2020, 2025, "SUV", [("가솔린 2.5T", "가솔린", 2497, ["AWD"]), ("전동화", "전기", 0, ["AWD"])])],
    }),
    "쉐보레(GM대우)": ("Chevrolet (GM Daewoo)", "Y", {
        "트랙스": [("더 뉴 트랙스", 2100, 2016, 2022, "SUV", [("가솔린 1.4T", "가솔린", 1362, ["LT", "프리미어"])]),
                  ("트랙스 크로스오버", 2600, 2023, 2025, "SUV", [("가솔린 1.2T", "가솔린", 1199, ["LT", "ACTIV", "RS"])])],
        "말리부": [("더 뉴 말리부", 2800, 2018, 2022, "중형차", [("가솔린 1.35T", "가솔린", 1341, ["LT", "프리미어"])])],
        "스파크": [("더 넥스트 스파크", 1200, 2018, 2022, "경차", [("가솔린 1.0", "가솔린", 999, ["LS", "LT", "프리미어"])])],
    }),
    "르노코리아(삼성)": ("Renault Korea (Samsung)", "Y", {
        "QM6": [("더 뉴 QM6", 3000, 2019, 2025, "SUV", [("LPe 2.0", "LPG(일반인 구입)", 1998, ["SE", "LE", "RE"]), ("가솔린 2.0", "가솔린", 1997, ["LE", "RE 시그니처"])])],
        "SM6": [("더 뉴 SM6", 2900, 2020, 2023, "중형차", [("가솔린 1.3T", "가솔린", 1332, ["SE", "LE", "RE"])])],
        "XM3": [("XM3", 2500, 2020, 2024, "SUV", [("가솔린 1.6", "가솔린", 1598, ["SE", "LE"]), ("하이브리드 1.6", "가솔린+전기", 1598, ["RE"])])],
    }),
    "KG모빌리티(쌍용)": ("KG Mobility (SsangYong)", "Y", {
        "렉스턴 스포츠": [("렉스턴 스포츠 칸", 3300, 2019, 2025, "화물차", [("디젤 2.2", "디젤", 2157, ["와일드", "프레스티지"])]),
                      ("렉스턴 스포츠", 3000, 2018, 2025, "화물차", [("디젤 2.2", "디젤", 2157, ["와일드", "프레스티지"])])],
        "토레스": [("토레스", 3100, 2022, 2025, "SUV", [("가솔린 1.5T", "가솔린", 1497, ["T5", "T7"])])],
        "티볼리": [("베리 뉴 티볼리", 2200, 2019, 2025, "SUV", [("가솔린 1.5T", "가솔린", 1497, ["V1", "V3", "V5"])])],
    }),
    "벤츠": ("Mercedes-Benz", "N", {
        "E-클래스": [("E-클래스 W213", 8000, 2016, 2023, "대형차", [("E250", "가솔린", 1991, ["아방가르드", "익스클루시브"]), ("E220d", "디젤", 1950, ["아방가르드", "4MATIC 익스클루시브"]), ("E300e", "가솔린+전기", 1991, ["4MATIC"])])],
        "C-클래스": [("C-클래스 W206", 6500, 2021, 2025, "중형차", [("C200", "가솔린", 1496, ["아방가르드"]), ("C300", "가솔린", 1999, ["AMG 라인"])])],
        "GLC-클래스": [("GLC-클래스 X253", 7500, 2016, 2022, "SUV", [("GLC300", "가솔린", 1991, ["4MATIC"]), ("GLC220d", "디젤", 2143, ["4MATIC"])])],
    }),
    "BMW": ("BMW", "N", {
        "5시리즈": [("5시리즈 (G30)", 7500, 2017, 2023, "대형차", [("520i", "가솔린", 1998, ["럭셔리", "M 스포츠"]), ("520d", "디젤", 1995, ["럭셔리", "M 스포츠"]), ("530e", "가솔린+전기", 1998, ["M 스포츠"])])],
        "3시리즈": [("3시리즈 (G20)", 6000, 2019, 2025, "중형차", [("320i", "가솔린", 1998, ["럭셔리", "M 스포츠"]), ("320d", "디젤", 1995, ["M 스포츠"])])],
        "X5": [("X5 (G05)", 11000, 2019, 2025, "SUV", [("xDrive30d", "디젤", 2993, ["xLine", "M 스포츠"]), ("xDrive45e", "가솔린+전기", 2998, ["M 스포츠"])])],
    }),
    "아우디": ("Audi", "N", {
        "A6": [("A6 (C8)", 7000, 2019, 2025, "대형차", [("45 TFSI", "가솔린", 1984, ["콰트로 프리미엄"]), ("40 TDI", "디젤", 1968, ["프리미엄"])])],
        "Q5": [("Q5 (FY)", 7000, 2017, 2025, "SUV", [("45 TFSI", "가솔린", 1984, ["콰트로 프리미엄"])])],
    }),
    "폭스바겐": ("Volkswagen", "N", {
        "티구안": [("티구안 2세대", 4500, 2017, 2024, "SUV", [("2.0 TDI", "디젤", 1968, ["프레스티지", "R-Line"])])],
        "골프": [("골프 8세대", 3800, 2021, 2025, "준중형차", [("2.0 TDI", "디젤", 1968, ["프리미엄"])])],
    }),
    "렉서스": ("Lexus", "N", {
        "ES": [("ES300h 7세대", 6500, 2018, 2025, "대형차", [("하이브리드 2.5", "가솔린+전기", 2487, ["럭셔리", "이그제큐티브"])])],
        "RX": [("RX450h 4세대", 9000, 2016, 2022, "SUV", [("하이브리드 3.5", "가솔린+전기", 3456, ["AWD 이그제큐티브"])])],
    }),
    "도요타": ("Toyota", "N", {
        "캠리": [("캠리 8세대", 4300, 2018, 2025, "중형차", [("하이브리드 2.5", "가솔린+전기", 2487, ["XLE", "XSE"])])],
        "RAV4": [("RAV4 5세대", 4500, 2019, 2025, "SUV", [("하이브리드 2.5", "가솔린+전기", 2487, ["AWD"])])],
    }),
    "볼보": ("Volvo", "N", {
        "XC60": [("XC60 2세대", 7000, 2017, 2025, "SUV", [("B6", "가솔린", 1969, ["AWD 인스크립션", "AWD 얼티메이트"]), ("D4", "디젤", 1969, ["AWD 모멘텀"])])],
        "S90": [("S90", 6500, 2017, 2025, "대형차", [("B5", "가솔린", 1969, ["인스크립션", "얼티메이트"])])],
    }),
    "미니": ("Mini", "N", {
        "쿠퍼": [("쿠퍼 3세대", 3800, 2014, 2023, "소형차", [("1.5", "가솔린", 1499, ["쿠퍼", "클래식"]), ("2.0", "가솔린", 1998, ["쿠퍼 S"])])],
    }),
    "포르쉐": ("Porsche", "N", {
        "카이엔": [("카이엔 3세대", 14000, 2018, 2025, "SUV", [("3.0", "가솔린", 2995, ["기본형", "쿠페"])])],
        "911": [("911 (992)", 18000, 2019, 2025, "스포츠카", [("3.0", "가솔린", 2981, ["카레라", "카레라 S"])])],
    }),
    "테슬라": ("Tesla", "N", {
        "모델 3": [("모델 3", 6000, 2019, 2025, "중형차", [("전기", "전기", 0, ["스탠다드 레인지 플러스", "롱레인지", "퍼포먼스"])])],
        "모델 Y": [("모델 Y", 7000, 2021, 2025, "SUV", [("전기", "전기", 0, ["롱레인지", "퍼포먼스"])])],
    }),
}

MAKER_WEIGHTS = {"현대": 22, "기아": 20, "제네시스": 8, "쉐보레(GM대우)": 5, "르노코리아(삼성)": 5, "KG모빌리티(쌍용)": 5,
                 "벤츠": 8, "BMW": 8, "아우디": 4, "폭스바겐": 3, "렉서스": 3, "도요타": 2, "볼보": 3, "미니": 2,
                 "포르쉐": 1, "테슬라": 2}
REGIONS = [("서울", 18), ("경기", 30), ("인천", 12), ("부산", 8), ("대구", 6), ("대전", 5), ("광주", 4), ("울산", 3),
           ("강원", 2), ("충북", 3), ("충남", 3), ("전북", 2), ("경남", 3), ("경북", 2), ("제주", 1)]
COLORS = [("흰색", 30), ("검정색", 25), ("쥐색", 12), ("은색", 10), ("진주색", 10), ("파란색", 5), ("빨간색", 3),
          ("갈색", 2), ("은회색", 3)]
PANELS = ["후드", "프론트 펜더(좌)", "프론트 펜더(우)", "도어(앞 좌)", "도어(앞 우)", "도어(뒤 좌)", "도어(뒤 우)",
          "트렁크 리드", "루프 패널", "쿼터 패널(좌)", "쿼터 패널(우)"]
PLATE_LETTERS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
TODAY = (2026, 11, 20)


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for value, w in pairs:
        r -= w
        if r <= 0:
            return value
    return pairs[-1][0]


def modified_date(rng):
    day_offset = rng.randint(0, 59)
    y, m, d = TODAY
    d -= day_offset
    while d < 1:
        m -= 1
        if m < 1:
            m, y = 12, y - 1
        d += 30
    return "%04d-%02d-%02d %02d:%02d:%02d.000 +09" % (y, m, min(d, 28), rng.randint(8, 21), rng.randint(0, 59),
                                                      rng.randint(0, 59))


def photo_dir(key):
    return "/carpicture%02d/pic%s" % (int(key) % 10 + 1, str(key)[:4])


def make_car(rng, car_id, maker):
    en, car_type, groups = CATALOG[maker]
    group = rng.choice(sorted(groups))
    model, new_price, first, last, body, badge_groups = rng.choice(groups[group])
    badge_group, fuel, displacement, badges = rng.choice(badge_groups)
    badge = rng.choice(badges)
    badge_name = badge if badge_group in badge else "%s %s" % (badge_group, badge)
    year = rng.randint(first, last)
    month = rng.randint(1, 12) if year < TODAY[0] else rng.randint(1, 10)
    age = max(0.3, TODAY[0] - year + (12 - month) / 12)
    mileage = int(age * rng.randint(6000, 22000) + rng.randint(0, 3000))
    price = new_price * (0.86 ** age) * max(0.35, 1 - mileage / 400000) * rng.uniform(0.9, 1.1)
    price = max(100, int(round(price / 10.0)) * 10)
    if rng.random() < 0.02:
        price = rng.choice([9999, 99999])  # "call for price" placeholders, as Encar writes them
    transmission = "수동" if (body in ("경차", "화물차") and rng.random() < 0.15) else "오토"
    sell_type = weighted(rng, [("일반", 90), ("렌트", 5), ("리스", 5)])
    region = weighted(rng, REGIONS)
    dealer_no = rng.randint(1, 400)
    trust = [t for t, p in (("Warranty", 0.2), ("ExtendWarranty", 0.3), ("HomeService", 0.5), ("Meetgo", 0.1))
             if rng.random() < p]
    marks = ["EncarMeetgo"] if rng.random() < 0.6 else []
    if rng.random() < 0.4:
        marks.append(rng.choice(["EncarDiagnosisP0", "EncarDiagnosisP1", "EncarDiagnosisP2"]))
    has_inspection = rng.random() < 0.7
    has_record = rng.random() < 0.6
    condition = (["Inspection"] if has_inspection else []) + (["Record"] if has_record else [])
    if rng.random() < 0.5:
        condition.append("Resume")
    key = str(car_id)
    prefix = "%s/%s_" % (photo_dir(key), key)
    item = {
        "Id": key,
        "Separation": ["A"],
        "Trust": trust,
        "ServiceMark": marks,
        "Condition": condition,
        "Photo": prefix,
        "Photos": [{"type": t, "location": "%s%s.jpg" % (prefix, t), "updatedDate": "2026-11-01T00:00:00Z",
                    "ordering": int(t)} for t in ("001", "003", "004", "007")],
        "Manufacturer": maker,
        "ModelGroup": group,
        "Model": model,
        "Badge": badge_name,
        "Transmission": transmission,
        "FuelType": fuel,
        # older dumps carry Year as a float (202108.0): a tenth of the inventory does too
        "Year": float(year * 100 + month) if rng.random() < 0.1 else year * 100 + month,
        "FormYear": str(year + (1 if month >= 10 and rng.random() < 0.5 else 0)),
        "Mileage": mileage,
        "ServiceCopyCar": "ORIGINAL",
        "Price": price,
        "SellType": sell_type,
        "BuyType": ["Delivery"] if "HomeService" in trust else ["Visit"],
        "ModifiedDate": modified_date(rng),
        "OfficeCityState": region,
        "OfficeName": "(주)데모모터스 %d호" % dealer_no,
        "DealerName": "가상딜러%03d" % dealer_no,
    }
    if rng.random() < 0.3:
        item["BadgeDetail"] = rng.choice(["스페셜", "블랙 에디션", "(세부등급 없음)"])
    if sell_type == "리스":
        item["MonthLeasePrice"] = max(30, price // 40)
        item["Deposit"] = price // 10
    plate = "00%s%04d" % (PLATE_LETTERS[car_id % len(PLATE_LETTERS)], car_id % 10000)
    details = {
        "badgeGroup": badge_group,
        "displacement": displacement,
        "color": weighted(rng, COLORS),
        "body": body,
        "seats": 9 if "9인승" in badge else 7 if "7인승" in badge else 2 if body == "화물차" else 5,
        "plate": plate,
        "vin": "DEMO0%012d" % car_id,
        "originPrice": new_price,
        "options": sorted(rng.sample(["001", "002", "004", "005", "006", "007", "008", "010", "014", "015", "017",
                                      "019", "020", "021", "022", "023", "024", "026", "027", "030", "031", "032"],
                                     rng.randint(6, 18))),
        "text": "데모 매물입니다. %s %s %s, %d년식, 주행 %d km. 실제 차량이 아닌 합성 데이터입니다."
                % (maker, model, badge_name, year, mileage),
        "photoCount": rng.randint(8, 16),
    }
    if has_inspection:
        replaced = rng.sample(PANELS, rng.choice([0, 0, 0, 1, 1, 2]))
        welded = rng.sample([p for p in PANELS if p not in replaced], rng.choice([0, 0, 1]))
        details["inspection"] = {"accident": bool(replaced), "simpleRepair": bool(welded),
                                 "replaced": replaced, "welded": welded,
                                 "mileage": max(0, mileage - rng.randint(0, 500))}
    if has_record:
        own = rng.choice([0, 0, 0, 1, 2])
        other = rng.choice([0, 0, 1])
        details["record"] = {
            "accidentCnt": own + other, "myAccidentCnt": own, "otherAccidentCnt": other,
            "myAccidentCost": sum(rng.randint(20, 400) * 10000 for _ in range(own)),
            "otherAccidentCost": sum(rng.randint(10, 200) * 10000 for _ in range(other)),
            "ownerChangeCnt": rng.choice([0, 0, 1, 1, 2, 3]), "carNoChangeCnt": rng.choice([0, 0, 0, 1]),
            "totalLossCnt": 0, "robberCnt": 0, "floodTotalLossCnt": 0,
            "floodPartLossCnt": 1 if rng.random() < 0.02 else 0,
            "business": sell_type != "일반" and rng.random() < 0.5,
        }
    return item, details


def generate(cars, duplicates, seed):
    rng = random.Random(seed)
    makers = [(m, w) for m, w in MAKER_WEIGHTS.items()]
    items, details = [], {}
    for n in range(cars):
        car_id = 38000000 + n * 997 % 3000000 + n  # distinct, spread like real ids
        item, extra = make_car(rng, car_id, weighted(rng, makers))
        items.append(item)
        details[item["Id"]] = extra
    # Re-adverts of some cars: new Id, same Photo prefix, ServiceCopyCar DUPLICATION (the source folds them).
    for n in range(duplicates):
        original = items[rng.randrange(cars)]
        copy = json.loads(json.dumps(original))
        copy["Id"] = str(int(original["Id"]) + 5000000 + n)
        copy["ServiceCopyCar"] = "DUPLICATION"
        copy["ModifiedDate"] = modified_date(rng)
        items.append(copy)
        details[copy["Id"]] = dict(details[original["Id"]], original=original["Id"])
    rng.shuffle(items)
    makers_out = {m: {"en": CATALOG[m][0], "carType": CATALOG[m][1]} for m in CATALOG}
    return {"generator": "tools/demo/gen_encar.py", "seed": seed, "Count": len(items), "SearchResults": items,
            "Details": details, "Makers": makers_out}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--cars", type=int, default=2200)
    parser.add_argument("--duplicates", type=int, default=200)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    data = generate(args.cars, args.duplicates, args.seed)
    with open(os.path.join(args.out_dir, "inventory.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    colours = [(230, 230, 230), (30, 30, 35), (110, 115, 120), (180, 185, 190), (40, 70, 140), (150, 30, 30)]
    for i, rgb in enumerate(colours):
        write_png(os.path.join(args.out_dir, "photo_%d.png" % i), placeholder_car(160, 120, rgb))


if __name__ == "__main__":
    main()
