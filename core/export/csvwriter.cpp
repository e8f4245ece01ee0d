#include "core/export/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace CarScout::Export {

QChar defaultDelimiterFor(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? u';' : u',';
}

CsvOptions csvOptionsFor(const QLocale &locale)
{
    CsvOptions options;
    options.delimiter = defaultDelimiterFor(locale);
    return options;
}

bool needsFormulaGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return true;
    default: return false;
    }
}

QString csvField(const QString &cell, const CsvOptions &options)
{
    QString text = options.neutraliseFormulas && needsFormulaGuard(cell) ? u'\'' + cell : cell;
    const bool quote = text.contains(options.delimiter) || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n');
    if (!quote)
        return text;
    text.replace(u'"', u"\"\""_qs);
    return u'"' + text + u'"';
}

QByteArray csvRecord(const QStringList &cells, const CsvOptions &options)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += options.delimiter;
        line += csvField(cells.at(i), options);
    }
    line += u"\r\n";
    return line.toUtf8();
}

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (hasError())
        return false;
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (m_options.byteOrderMark && !writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    if (!writeBytes(csvRecord(cells, m_options)))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_error = QCoreApplication::translate("CsvWriter", "The CSV output is not open for writing");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("CsvWriter", "Could not write CSV row %1: %2")
                      .arg(m_rows + 1)
                      .arg(m_device->errorString());
        return false;
    }
    return true;
}

} // namespace CarScout::Export
