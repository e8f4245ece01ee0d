#include "core/quote/quotepdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace CarScout::Quote {

namespace {

// 96 dpi: the HTML's pixel sizes (the photo's width) mean what they mean on a screen.
constexpr int kResolution = 96;

} // namespace

QString writeQuotePdf(const QuoteCard &card, Language language, const QImage &photo, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("Quote", "cannot write %1: %2").arg(path, file.errorString());

    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(card.subject.title);
        writer.setCreator(QStringLiteral("CarScout"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        if (!photo.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("carscout:photo")), photo);
        document.setHtml(quoteHtml(card, language, !photo.isNull()));
        const QSizeF page = writer.pageLayout().paintRectPixels(kResolution).size();
        document.setPageSize(page);

        QPainter painter;
        if (!painter.begin(&writer))
            return QCoreApplication::translate("Quote", "cannot start the PDF %1").arg(path);
        // One page: what does not fit is clipped rather than spilling onto a second sheet.
        document.drawContents(&painter, QRectF(QPointF(0, 0), page));
        painter.end();
    }
    if (!file.commit())
        return QCoreApplication::translate("Quote", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace CarScout::Quote
