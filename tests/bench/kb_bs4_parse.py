#!/usr/bin/env python3
"""The seed's stack on a KB ChaChaCha list page: BeautifulSoup(html, "lxml") with CSS selectors, extracting the
same fields as CarScout's parser (section, carSeq, title, data-line, tags, badge, note, price, link, photos).

    kb_bs4_parse.py FILE MIN_SECONDS   -> one JSON line {"seconds", "iterations", "bytes", "cards", "results"}
"""
import json
import sys
import time

from bs4 import BeautifulSoup


def parse(html):
    soup = BeautifulSoup(html, "lxml")
    cards, results, seen = [], [], set()
    for section in soup.select("div.cs-list02"):
        h2 = section.select_one("h2")
        heading = "".join(t for t in h2.find_all(string=True, recursive=False)).strip() if h2 else ""
        for card in section.select("div.area[data-car-seq]"):
            seq = card["data-car-seq"]
            title = card.select_one("strong.tit").get_text(" ", strip=True)
            line = [s.get_text(strip=True) for s in card.select("div.data-line > span")]
            tags = [t.get_text(strip=True) for t in card.select("span.tag")]
            badge = card.select_one("span.check-bedge span.txt")
            note = card.select_one("div.thumbnail-bottom p.txt")
            price = card.select_one("span.price")
            link = card.select_one("a[href*='detail.kbc']")
            photos = [i["src"] for i in card.select("img[src]") if "noimage" not in i["src"]]
            item = {
                "section": heading, "id": seq, "title": title,
                "reg": line[0] if line else "", "km": int(line[1].replace(",", "").replace("km", "")) if len(line) > 1 else 0,
                "region": line[2] if len(line) > 2 else "", "tags": tags,
                "badge": badge.get_text(strip=True) if badge else "", "note": note.get_text(" ", strip=True) if note else "",
                "price": int(price.get_text(strip=True).replace(",", "").replace("만원", "")) * 10000 if price else None,
                "url": link["href"] if link else "", "photos": photos,
            }
            cards.append(item)
            if heading == "전체" and seq not in seen:
                seen.add(seq)
                results.append(item)
    return cards, results


def main():
    path, min_seconds = sys.argv[1], float(sys.argv[2])
    with open(path, "rb") as f:
        data = f.read()
    html = data.decode("utf-8")
    iterations, start = 0, time.perf_counter()
    while True:
        cards, results = parse(html)
        iterations += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            break
    print(json.dumps({"seconds": elapsed, "iterations": iterations, "bytes": len(data), "cards": len(cards),
                      "results": len(results)}))


if __name__ == "__main__":
    main()
