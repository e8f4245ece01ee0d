#pragma once

// Synthetic Bobaedream pages for the parser tests, written in the markup sources.md §2 and
// che168-bobaedream.md §6 describe (no real bike page exists anywhere). Names, phones and plates are made up.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <iconv.h>

namespace CarScout::Test::Bobae {

// UTF-8 text → CP949 bytes (glibc iconv), so the fixtures can hold syllables outside EUC-KR (똠 = 0x8C63).
inline QByteArray cp949(const QString &text)
{
    const QByteArray in = text.toUtf8();
    iconv_t cd = iconv_open("CP949", "UTF-8");
    if (cd == iconv_t(-1))
        return {};
    QByteArray out(in.size() * 2 + 16, '\0');
    char *src = const_cast<char *>(in.data());
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t r = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (r == size_t(-1))
        return {};
    out.resize(out.size() - qsizetype(dstLeft));
    return out;
}

inline QString bikeHead(const QString &title = u"중고 바이크 - 보배드림"_qs)
{
    return u"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head>"
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">\n<title>"_qs
        + title + u"</title></head>\n<body>\n"_qs;
}

// The list page's search form (what makes a page without bikes still a list page).
inline QString bikeSearchForm()
{
    return u"<form name=\"sform\" method=\"get\" action=\"/bike2/bike_list.php\">\n"
           "<select name=\"ftype1\"><option value=\"\">전체</option><option value=\"1\">스쿠터</option></select>\n"
           "<select name=\"maker_no\"><option value=\"\">제조사</option><option value=\"5\">혼다</option></select>\n"
           "<select name=\"view_size\"><option>30</option><option>50</option><option>70</option></select>\n"
           "</form>\n"_qs;
}

inline QString bikeLink(const QString &no, const QString &inner)
{
    return QStringLiteral("<a href=\"/bike2/bike_view.php?no=%1&amp;gubun=K&amp;ifnew=N\">%2</a>").arg(no, inner);
}

inline QString bikeThumb(const QString &no, const QString &base)
{
    return bikeLink(no, QStringLiteral("<img src=\"//file4.bobaedream.co.kr/direct_bike/2026/11/%1_1_s1.jpg\" "
                                       "width=\"100\" alt=\"\">").arg(base));
}

inline QString pager(int current, int last)
{
    QString s = u"<div class=\"paging\">"_qs;
    for (int p = 1; p <= last; ++p) {
        s += p == current ? QStringLiteral("<b>%1</b> ").arg(p)
                          : QStringLiteral("<a href=\"bike_list.php?ifnew=N&amp;page=%1\">%1</a> ").arg(p);
    }
    return s + u"</div>\n"_qs;
}

inline QByteArray bikePage(const QString &body, const QString &title = u"중고 바이크 - 보배드림"_qs)
{
    return cp949(bikeHead(title) + body + u"</body></html>\n"_qs);
}

} // namespace CarScout::Test::Bobae
