#pragma once

// The two Bobaedream sources:
//  - "bobaedream": motorcycles on www.bobaedream.co.kr/bike2 (filter tree category → maker → model → sub-model
//    from get_cardepth.php, search over bike_list.php, detail pages); vehicle kind motorcycle, so listings take
//    the motorcycle customs route;
//  - "bobaedream_cars": cars through the mobile site m.bobaedream.co.kr/mycar (maker → model from the ajax
//    endpoint, search over mlist pages, detail from mview).
// Both page from 1 until a page brings no new id (or the bike pager's last page / an empty car page). All HTTP goes
// through Net::HttpClient with the source's id.

#include "core/sources/source.h"
#include "core/sources/terms.h"

namespace CarScout::Net {
class HttpClient;
}

namespace CarScout::Sources::Bobae {

SourceInfo bikeSourceInfo();
SourceInfo carSourceInfo();

class BikeSource : public Source
{
    Q_OBJECT
public:
    BikeSource(Net::HttpClient &client, TermDictionary terms, QObject *parent = nullptr);

    CatalogJob *catalog(const QStringList &path) override;
    SearchJob *search(const SearchQuery &query) override;
    DetailJob *detail(const QString &id) override;

private:
    Net::HttpClient &m_client;
    TermDictionary m_terms;
};

class CarSource : public Source
{
    Q_OBJECT
public:
    CarSource(Net::HttpClient &client, TermDictionary terms, QObject *parent = nullptr);

    CatalogJob *catalog(const QStringList &path) override;
    SearchJob *search(const SearchQuery &query) override;
    DetailJob *detail(const QString &id) override;

private:
    Net::HttpClient &m_client;
    TermDictionary m_terms;
};

} // namespace CarScout::Sources::Bobae
