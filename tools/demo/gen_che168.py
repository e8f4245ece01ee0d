#!/usr/bin/env python3
"""Deterministic synthetic Che168 data for `carscout --demo`, `carscout-cli serve-demo` and the tests.

Writes into OUT_DIR:
  routes.json            the route table the replay server serves (ReplayServer::addRecording's format): a JSON array
                         of exchanges {"method", "host", "path", "query": {the parameters that matter}, "status",
                         "headers", "body" | "bodyFile"}, most specific first (a request matches the first exchange
                         whose query parameters it all carries; others such as _sign and pageid are ignored):
                           GET api2scsou.che168.com/api/v2/getbrands
                           GET api2scsou.che168.com/api/v11/search, one reply per filter-tree node and page: all cars,
                               brandid, +seriesid, +seriesyearid, +specid (10 cars a page)
                           GET apiuscdt.che168.com/apic/v2/car/getcarinfo?infoid=…
                           GET apiuscdt.che168.com/api/v1/car/getparamtypeitems?infoid=…
                           GET 2sc2.autoimg.cn/escimg/demo/1024x768_…_demoN.png (and the list size 640x480_)
  photo_0.png … photo_5.png   the placeholder pictures those photo routes answer with

Like the real search, the default order repeats a car of the previous page now and then (the client folds by
infoid), and each reply has one ad card in `otherlist`.

Everything is invented: brand and series names are the public product names, but brand/series/spec ids, listing
ids, dealers, VINs ("DEMO…"), prices and texts are made up. No captured data is used.
Usage: gen_che168.py OUT_DIR [--cars N] [--seed S]
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pngwriter import placeholder_car, write_png  # noqa: E402

SEED = 20261201
PAGE_SIZE = 10
SEARCH_HOST = "api2scsou.che168.com"
DETAIL_HOST = "apiuscdt.che168.com"
PHOTO_HOST = "2sc2.autoimg.cn"
TODAY = (2026, 11, 20)

# Powertrains: (energy name, environmental, displacement text, engine cc, engine Ps, engine kW, motor kW,
#               system Ps, battery kWh, gearbox, gearbox detail)
ICE_15T = ("汽油", "国VI", "1.5T", 1498, 181, 133, 0, 0, 0, "自动", "7挡双离合")
ICE_20T = ("汽油", "国VI", "2.0T", 1984, 238, 175, 0, 0, 0, "自动", "8挡手自一体")
ICE_15L = ("汽油", "国VI", "1.5L", 1498, 113, 83, 0, 0, 0, "自动", "CVT无级变速")
ICE_20L = ("汽油", "国VI", "2.0L", 1987, 171, 126, 0, 0, 0, "自动", "CVT无级变速")
HEV_25 = ("油电混合", "国VI", "2.5L", 2487, 178, 131, 88, 218, 0, "自动", "E-CVT无级变速")
PHEV_15 = ("插电式混合动力", "国VI", "1.5L", 1498, 110, 81, 145, 0, 18.3, "自动", "E-CVT无级变速")
PHEV_20T = ("插电式混合动力", "国VI", "2.0T", 1998, 184, 135, 80, 394, 20.1, "自动", "8挡手自一体")
REEV_15T = ("增程式", "国VI", "1.5T", 1496, 154, 113, 330, 0, 42.8, "自动", "电动车单速变速箱")
BEV = ("纯电动", "-", "0.0T", 0, 0, 0, 0, 0, 0, "自动", "电动车单速变速箱")

# brand: (demo brand id, pinyin, {series: (demo series id, level, new price 万, first year, last year,
#                                          [(spec name, powertrain, motor kW for BEVs, battery kWh for BEVs)])})
CATALOG = {
    "比亚迪": (9101, "biyadi", {
        "汉": (91011, "中大型车", 22.0, 2020, 2025, [("EV 创世版 605KM", BEV, 180, 85.4), ("DM-i 尊贵型", PHEV_15, 0, 0)]),
        "秦PLUS": (91012, "紧凑型车", 12.0, 2021, 2025, [("DM-i 55KM 领先型", PHEV_15, 0, 0)]),
        "海豚": (91013, "小型车", 11.5, 2021, 2025, [("405KM 活力版", BEV, 70, 44.9), ("420KM 骑士版", BEV, 150, 60.5)]),
    }),
    "吉利汽车": (9102, "jiliqiche", {
        "星越L": (91021, "紧凑型SUV", 16.0, 2021, 2025, [("2.0TD 自动两驱 超越型", ICE_20T, 0, 0)]),
        "博越": (91022, "紧凑型SUV", 11.0, 2018, 2024, [("1.5TD 自动 智享型", ICE_15T, 0, 0)]),
    }),
    "长安": (9103, "changan", {
        "长安CS75 PLUS": (91031, "紧凑型SUV", 12.0, 2020, 2025, [("1.5T 自动 尊贵型", ICE_15T, 0, 0)]),
        "长安UNI-K": (91032, "中型SUV", 16.0, 2021, 2025, [("2.0T 尊贵型", ICE_20T, 0, 0)]),
    }),
    "哈弗": (9104, "hafu", {
        "哈弗H6": (91041, "紧凑型SUV", 12.0, 2017, 2025, [("1.5T 自动 Pro", ICE_15T, 0, 0)]),
        "哈弗大狗": (91042, "紧凑型SUV", 13.0, 2020, 2025, [("1.5T DCT 哈士奇版", ICE_15T, 0, 0)]),
    }),
    "理想汽车": (9105, "lixiangqiche", {
        "理想L7": (91051, "中大型SUV", 33.0, 2023, 2025, [("Pro", REEV_15T, 0, 0), ("Max", REEV_15T, 0, 0)]),
        "理想L9": (91052, "大型SUV", 43.0, 2022, 2025, [("Max", REEV_15T, 0, 0)]),
    }),
    "特斯拉": (9106, "tesila", {
        "Model 3": (91061, "中型车", 25.0, 2019, 2025, [("后轮驱动版", BEV, 194, 60.0), ("长续航全轮驱动版", BEV, 331, 78.4)]),
        "Model Y": (91062, "中型SUV", 27.0, 2021, 2025, [("后轮驱动版", BEV, 220, 60.0)]),
    }),
    "丰田": (9107, "fengtian", {
        "凯美瑞": (91071, "中型车", 20.0, 2018, 2025, [("2.0G 豪华版", ICE_20L, 0, 0), ("双擎 2.5HG 豪华版", HEV_25, 0, 0)]),
        "RAV4荣放": (91072, "紧凑型SUV", 19.0, 2019, 2025, [("2.0L CVT两驱风尚版", ICE_20L, 0, 0)]),
    }),
    "大众": (9108, "dazhong", {
        "帕萨特": (91081, "中型车", 21.0, 2017, 2025, [("330TSI 豪华版", ICE_20T, 0, 0)]),
        "朗逸": (91082, "紧凑型车", 11.0, 2018, 2025, [("1.5L 自动舒适版", ICE_15L, 0, 0)]),
    }),
    "宝马": (9109, "baoma", {
        "宝马3系": (91091, "中型车", 33.0, 2019, 2025, [("325Li M运动套装", ICE_20T, 0, 0)]),
        "宝马5系新能源": (91092, "中大型车", 50.0, 2019, 2023, [("530Le 先锋版", PHEV_20T, 0, 0)]),
    }),
    "奔驰": (9110, "benchi", {
        "奔驰C级": (91101, "中型车", 33.0, 2019, 2025, [("C 260 L 运动版", ("汽油", "国VI", "1.5T", 1496, 204, 150, 0, 0, 0, "自动", "9挡手自一体"), 0, 0)]),
    }),
    "红旗": (9111, "hongqi", {
        "红旗H5": (91111, "中型车", 16.0, 2018, 2025, [("1.5T 自动智联旗畅版", ("汽油", "国VI", "1.5T", 1498, 169, 124, 0, 0, 0, "自动", "7挡双离合"), 0, 0)]),
    }),
    "蔚来": (9112, "weilai", {
        "蔚来ET5": (91121, "中型车", 30.0, 2022, 2025, [("75kWh", BEV, 360, 75.0), ("100kWh", BEV, 360, 100.0)]),
    }),
}
# Brands in the list without cars on sale in the demo.
EMPTY_BRANDS = [("阿尔法·罗密欧", 9201, "aerfaluomiou"), ("捷豹", 9202, "jiebao"), ("雷诺", 9203, "leinuo")]
BRAND_WEIGHTS = {"比亚迪": 16, "吉利汽车": 10, "长安": 9, "哈弗": 9, "理想汽车": 6, "特斯拉": 7, "丰田": 10,
                 "大众": 10, "宝马": 8, "奔驰": 7, "红旗": 4, "蔚来": 4}
CITIES = [("北京", 110100, 110000), ("上海", 310100, 310000), ("广州", 440100, 440000), ("深圳", 440300, 440000),
          ("成都", 510100, 510000), ("杭州", 330100, 330000), ("南京", 320100, 320000), ("武汉", 420100, 420000),
          ("西安", 610100, 610000), ("哈尔滨", 230100, 230000), ("沈阳", 210100, 210000), ("乌鲁木齐", 650100, 650000)]
COLORS = [("白色", 30), ("黑色", 25), ("灰色", 15), ("银色", 10), ("蓝色", 8), ("红色", 5), ("绿色", 3), ("棕色", 4)]
TAGS = [("诚信车", 0.4), ("检测报告", 0.6), ("原厂质保", 0.3), ("准新车", 0.2), ("延保", 0.15)]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for value, w in pairs:
        r -= w
        if r <= 0:
            return value
    return pairs[-1][0]


def wan(value):
    """A 万 amount as Che168 writes it in lists: "13.88", "22.5", "12"."""
    text = "%.2f" % value
    return text.rstrip("0").rstrip(".")


PHOTO_COUNT = 6


def photo_path(size, n):
    return "/escimg/demo/%s_c42_autohomecar__demo%d.png" % (size, n)


def photo(infoid, k, size):
    """The k-th photo of a car: one of the PHOTO_COUNT placeholders, at the given autoimg size token."""
    return "https://%s%s" % (PHOTO_HOST, photo_path(size, (infoid + k) % PHOTO_COUNT))


def catalog_ids():
    """Demo model-year and spec ids per series: {(series id, year): (year id, [spec ids])}."""
    ids = {}
    for brand, (bid, _py, series) in CATALOG.items():
        for name, (sid, _level, _price, first, last, specs) in series.items():
            for year in range(first, last + 1):
                year_id = sid * 100 + (year - 2000)
                ids[(sid, year)] = (year_id, [year_id * 10 + i for i in range(len(specs))])
    return ids


def make_car(rng, n, brand, ids):
    bid, _py, series_map = CATALOG[brand]
    series = rng.choice(sorted(series_map))
    sid, level, new_price, first, last, specs = series_map[series]
    spec_index = rng.randrange(len(specs))
    spec_name, power, motor_kw, battery = specs[spec_index]
    model_year = rng.randint(first, last)
    year_id, spec_ids = ids[(sid, model_year)]
    unregistered = model_year >= TODAY[0] - 1 and rng.random() < 0.06
    reg_year = min(TODAY[0], model_year + rng.choice([0, 0, 0, 1]))
    reg_month = rng.randint(1, 12) if reg_year < TODAY[0] else rng.randint(1, 10)
    age = max(0.2, TODAY[0] - reg_year + (12 - reg_month) / 12)
    km = 0 if unregistered else int(age * rng.randint(5000, 20000) + rng.randint(100, 3000))
    price = new_price * (0.85 ** age) * max(0.4, 1 - km / 500000) * rng.uniform(0.9, 1.1)
    price = max(1.5, round(price, 2))
    city, city_id, province_id = rng.choice(CITIES)
    infoid = 60000000 + n * 7919 % 900000 + n
    energy, emission, disp_text, cc = power[0], power[1], power[2], power[3]
    if energy == "纯电动":
        motor, batt = motor_kw, battery
    else:
        motor, batt = power[6], power[8]
    tags = [t for t, p in TAGS if rng.random() < p]
    if unregistered:
        tags = [t for t in tags if t != "准新车"] + ["准新车"]
    car = {
        "infoid": infoid, "brand": brand, "bid": bid, "series": series, "sid": sid, "level": level,
        "year_id": year_id, "spec_id": spec_ids[spec_index], "spec": spec_name, "model_year": model_year,
        "carname": "%s %d款 %s" % (series, model_year, spec_name), "unregistered": unregistered,
        "reg": (reg_year, reg_month, rng.randint(1, 28)), "km": km, "price": price, "guide": new_price,
        "city": (city, city_id, province_id), "dealer": 800000 + rng.randint(1, 300), "power": power,
        "motor_kw": motor, "battery": batt, "energy": energy, "emission": emission, "disp_text": disp_text, "cc": cc,
        "color": weighted(rng, COLORS), "transfers": 0 if unregistered else rng.choice([0, 0, 1, 1, 2]),
        "tags": tags, "photos": rng.randint(6, 12), "new_energy": energy not in ("汽油", "柴油"),
        "use": "家用" if rng.random() < 0.93 else "营转非",
    }
    return car


def list_item(car, position):
    """One carlist entry in the /api/v11/search format."""
    tag = lambda title, stype: {"title": title, "bg_color": "#F5F6FA", "bg_color_end": "#F5F6FA",  # noqa: E731
                                "font_color": "#828CA0", "border_color": "", "bg_color_direction": 0, "stype": stype,
                                "sort": 1, "icon": "", "url": "", "image": "", "imgheight": 0, "imgwidth": 0}
    return {
        "infoid": car["infoid"], "carname": car["carname"], "cname": car["city"][0], "dealerid": car["dealer"],
        "mileage": wan(car["km"] / 10000.0), "cityid": car["city"][1], "seriesid": car["sid"],
        "specid": car["spec_id"], "sname": "", "syname": "", "price": wan(car["price"]), "saveprice": "",
        "discount": "", "firstregyear": "未上牌" if car["unregistered"] else "%d年" % car["reg"][0], "fromtype": 0,
        "imageurl": photo(car["infoid"], 0, "640x480"), "cartype": 70, "bucket": 0, "isunion": 0, "isoutsite": 0,
        "videourl": "", "car_level": 0, "dealer_level": "%d人咨询" % (car["infoid"] % 50 + 1),
        "downpayment": wan(car["price"] * 0.3),
        "url": "usedcar://rninsidebrowser?url=rn%%3A%%2F%%2FUsedCar_Detail%%3Finfoid%%3D%d" % car["infoid"],
        "position": position, "isnewly": 0, "kindname": "普通车源", "usc_adid": 0, "particularactivity": 0,
        "livestatus": 0, "springid": "", "followcount": 0, "photocount": 0, "isextwarranty": 0, "offertype": 0,
        "cpcinfo": {"adid": 0, "platform": 1, "cpctype": 0, "position": 0, "encryptinfo": ""},
        "displacement": car["disp_text"], "environmental": car["emission"], "liveurl": "",
        "cartags": {"p1": [], "p2": [tag(t, "2") for t in car["tags"][:1]], "p3": [],
                    "p4": [tag(t, "2") for t in car["tags"][1:]]},
        "isnewenergy": 1 if car["new_energy"] else 0, "queryid": "", "cplt": 0,
    }


def filter_entry(key, title, value, viewtype, dtype, subvalue="", brand=("", "")):
    return {"title": title, "subtitle": "", "key": key, "value": str(value), "icon": "", "iconfocus": "", "tag": "",
            "viewtype": viewtype, "iconwidth": 0, "badgetitle": "", "headbgurl": "", "headsubbgurl": "",
            "titlecolorfocus": "", "titlecolor": "", "tabtype": 0, "linkurl": "", "basevalue": "", "dtype": dtype,
            "subvalue": subvalue, "subspecname": "", "needreddot": 0, "brandvalue": str(brand[0]),
            "brandname": brand[1], "isgray": 0}


def envelope(result):
    return {"returncode": 0, "message": "成功", "result": result}


def search_pages(cars, filters, rng):
    """The pages of one filter-tree node: 10 cars each, now and then a car of the previous page repeated."""
    pages = []
    total = len(cars)
    page_count = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
    for p in range(page_count):
        chunk = cars[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
        if p > 0 and p % 3 == 2 and chunk:
            chunk = chunk[:-1] + [rng.choice(cars[(p - 1) * PAGE_SIZE:p * PAGE_SIZE])]
        result = {
            "totalcount": total, "pagesize": PAGE_SIZE, "pageindex": p + 1, "pagecount": page_count,
            "queryid": "demo$%d" % (p + 1), "styletype": 1, "showtype": 2,
            "service": [filter_entry("service", "全部", "", 100, 0), filter_entry("service", "新能源", 420, 100, 0)],
            "subservice": [], "filters": filters,
            "carlist": [list_item(c, i + 1) for i, c in enumerate(chunk)],
            "otherlist": [{"celltype": 16, "cellname": "adlist", "tip": "", "subtip": "", "kindname": "广告banner",
                           "position": 1, "moreurl": "",
                           "list": [{"sid": 0, "imageurl": photo(1, 0, "250x122"), "url": "", "adtype": 0,
                                     "showtips": "", "showcustomtips": ""}], "endtime": ""}],
        }
        pages.append(envelope(result))
    return pages


def car_info(car):
    y, m, d = car["reg"]
    reg = {} if car["unregistered"] else {
        "firstregdate": "%d-%02d" % (y, m), "firstregshortdate": "%d-%02d-%02d" % (y, m, d),
        "firstregyear": "%d年" % y, "firstregstr": "%d年%d个月" % (max(0, TODAY[0] - y), (TODAY[1] - m) % 12)}
    if car["unregistered"]:
        reg = {"firstregdate": "", "firstregshortdate": "", "firstregyear": "未上牌", "firstregstr": ""}
    city, city_id, province_id = car["city"]
    return envelope(dict({
        "infoid": car["infoid"], "specid": car["spec_id"], "seriesid": car["sid"], "brandid": car["bid"],
        "carname": car["carname"], "brandname": car["brand"], "seriesname": car["series"],
        "price": car["price"], "guidanceprice": car["guide"], "mileage": round(car["km"] / 10000.0, 2),
        "displacement": "%g" % round(car["cc"] / 1000.0, 1) if car["cc"] else "0", "gearbox": car["power"][9],
        "fuelname": car["energy"], "isev": 1 if car["energy"] == "纯电动" else 0,
        "batterypower": ("%gkWh" % car["battery"]) if car["battery"] else "", "ev100power": "0kWh",
        "drivingmode": "前置前驱", "levelname": car["level"], "flowmode": "涡轮增压" if "T" in car["disp_text"] else "自然吸气",
        "setcount": 7 if car["level"] == "大型SUV" else 5,
        "vincode": "DEMO0%012d" % car["infoid"], "cid": city_id, "cname": city, "pid": province_id,
        "countyname": "", "colorname": car["color"], "transfercount": car["transfers"], "carusename": car["use"],
        "examine": "%d-%02d" % (TODAY[0] + 1, car["reg"][1]), "insurance": "%d-%02d" % (TODAY[0] + 1, car["reg"][1]),
        "dealerid": car["dealer"], "userid": 0,
        "remark": "演示车源：%s，合成数据，并非真实车辆。" % car["carname"],
        "publicdate": "%d-%02d-%02d" % (TODAY[0], TODAY[1], max(1, TODAY[2] - car["infoid"] % 20)),
        "environmental": car["emission"], "imageurl": photo(car["infoid"], 0, "400x300"),
        "piclist": [photo(car["infoid"], k, "1024x768") for k in range(car["photos"])],
    }, **reg))


def param_items(car):
    """getparamtypeitems: the spec sheet, sections of {name, content, countline}."""
    power = car["power"]
    item = lambda name, content: {"name": name, "content": str(content), "countline": 1}  # noqa: E731
    base = [item("厂商指导价(元)", "%s万" % wan(car["guide"])), item("能源类型", car["energy"]),
            item("环保标准", car["emission"]), item("上市时间", "%d.03" % car["model_year"]),
            item("首次上牌时间", "-" if car["unregistered"] else "%d-%02d-%02d" % car["reg"]),
            item("车身结构", "SUV" if "SUV" in car["level"] else "4门5座三厢车"), item("座位数(个)", 5)]
    sections = [{"title": "基本参数", "data": base}]
    if car["cc"]:
        sections.append({"title": "发动机", "data": [
            item("排量(mL)", car["cc"]), item("排量(L)", "%.1f" % (car["cc"] / 1000.0)),
            item("最大马力(Ps)", power[4]), item("最大功率(kW)", power[5]),
            item("发动机", "%s %d马力 L4" % (car["disp_text"], power[4])), item("环保标准", car["emission"]),
            item("燃油标号", "92号")]})
    if car["motor_kw"]:
        motor = [item("电动机总功率(kW)", car["motor_kw"]), item("电动机(Ps)", round(car["motor_kw"] * 1.35962))]
        if power[7]:
            motor.append(item("系统综合功率(Ps)", power[7]))
        if car["battery"]:
            motor.append(item("电池能量(kWh)", car["battery"]))
        sections.append({"title": "电动机", "data": motor})
    elif power[7]:
        sections.append({"title": "电动机", "data": [item("系统综合功率(Ps)", power[7])]})
    sections.append({"title": "变速箱", "data": [item("变速箱", power[10]), item("挡位个数", "-"),
                                               item("变速箱类型", power[10][-4:] if "无级" in power[10] else power[10][2:])]})
    sections.append({"title": "底盘转向", "data": [item("驱动方式", "前置前驱")]})
    return envelope(sections)


def brands_reply(by_brand):
    groups = {}
    for brand, (bid, py, _series) in CATALOG.items():
        cars = by_brand.get(brand, [])
        cheapest = min(cars, key=lambda c: c["price"]) if cars else None
        groups.setdefault(py[0].upper(), []).append({
            "bid": bid, "name": brand, "py": py, "icon": "", "sid": 0, "sname": "", "sicon": "", "dtype": 0, "url": "",
            "price": ("%s万" % wan(cheapest["price"])) if cheapest else "",
            "on_sale_num": cheapest["infoid"] if cheapest else 0})  # what the real field holds: a listing id
    for name, bid, py in EMPTY_BRANDS:
        groups.setdefault(py[0].upper(), []).append({
            "bid": bid, "name": name, "py": py, "icon": "", "sid": 0, "sname": "", "sicon": "", "dtype": 0, "url": "",
            "price": "", "on_sale_num": 0})
    return envelope({"brands": [{"letter": k, "brand": v} for k, v in sorted(groups.items())],
                     "hasonlinesale": True})


def exchange(host, path, query, body):
    return {"method": "GET", "host": host, "path": path, "query": query, "status": 200,
            "headers": {"Content-Type": "application/json;charset=UTF-8"},
            "body": json.dumps(body, ensure_ascii=False, separators=(",", ":"))}


def generate(n_cars, seed):
    rng = random.Random(seed)
    ids = catalog_ids()
    cars = [make_car(rng, n, weighted(rng, list(BRAND_WEIGHTS.items())), ids) for n in range(n_cars)]
    rng.shuffle(cars)   # the "personalised" default order
    routes = []

    def node(query, subset, filters):
        for i, page in enumerate(search_pages(subset, filters, rng)):
            routes.append(exchange(SEARCH_HOST, "/api/v11/search", dict(query, pageindex=str(i + 1)), page))

    node({}, cars, [])
    by_brand = {}
    for c in cars:
        by_brand.setdefault(c["brand"], []).append(c)
    for brand, (bid, _py, series_map) in CATALOG.items():
        brand_cars = by_brand.get(brand, [])
        series_filters = [filter_entry("seriesid", s, sid, 302, 4, brand=(bid, brand))
                          for s, (sid, *_rest) in series_map.items()]
        node({"brandid": str(bid)}, brand_cars, series_filters)
        for s, (sid, _level, _price, first, last, specs) in series_map.items():
            s_cars = [c for c in brand_cars if c["sid"] == sid]
            year_filters = [filter_entry("seriesyearid", "%d款" % y, ids[(sid, y)][0], 200, 5,
                                         ",".join(str(x) for x in ids[(sid, y)][1]))
                            for y in range(last, first - 1, -1)]
            q = {"brandid": str(bid), "seriesid": str(sid)}
            node(q, s_cars, year_filters)
            for y in range(first, last + 1):
                year_id, spec_ids = ids[(sid, y)]
                y_cars = [c for c in s_cars if c["year_id"] == year_id]
                qy = dict(q, seriesyearid=str(year_id))
                node(qy, y_cars, year_filters)
                for spec_id in spec_ids:
                    node(dict(qy, specid=str(spec_id)), [c for c in y_cars if c["spec_id"] == spec_id], year_filters)
    routes.append(exchange(SEARCH_HOST, "/api/v2/getbrands", {}, brands_reply(by_brand)))
    for c in cars:
        q = {"infoid": str(c["infoid"])}
        routes.append(exchange(DETAIL_HOST, "/apic/v2/car/getcarinfo", q, car_info(c)))
        routes.append(exchange(DETAIL_HOST, "/api/v1/car/getparamtypeitems", q, param_items(c)))
    # Most specific first: a request matches the first exchange whose query parameters it all carries.
    routes.sort(key=lambda r: (r["host"], r["path"], -len(r["query"])))
    for n in range(PHOTO_COUNT):
        for size in ("1024x768", "640x480"):
            routes.append({"method": "GET", "host": PHOTO_HOST, "path": photo_path(size, n), "status": 200,
                           "headers": {"Content-Type": "image/png"}, "bodyFile": "photo_%d.png" % n})
    return routes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--cars", type=int, default=240)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "routes.json"), "w", encoding="utf-8") as f:
        json.dump(generate(args.cars, args.seed), f, ensure_ascii=False, separators=(",", ":"))
    colours = [(230, 230, 230), (30, 30, 35), (110, 115, 120), (180, 185, 190), (40, 70, 140), (150, 30, 30)]
    for i, rgb in enumerate(colours):
        write_png(os.path.join(args.out_dir, "photo_%d.png" % i), placeholder_car(160, 120, rgb))


if __name__ == "__main__":
    main()
