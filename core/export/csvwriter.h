#pragma once

// CSV as DESIGN §6 wants it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order mark by default (so
// Excel shows Hangul and Hanzi), ';' for Russian locales and ',' otherwise, and a formula-injection guard.
//
// The guard: a cell whose first character is '=', '+', '-', '@', TAB or CR gets a single quote "'" in
// front of it, so spreadsheets show it as text instead of evaluating it (OWASP "CSV injection"). This is
// applied to every such cell, including ones that look like negative numbers ("-5" → "'-5"): the writer
// cannot know which text came from a marketplace, and nothing CarScout exports is a negative number (prices,
// mileage, engine data and rouble amounts are never below zero), so in practice only remote text is affected.

#include <QChar>
#include <QLocale>
#include <QString>
#include <QStringList>

class QIODevice;

namespace CarScout::Export {

struct CsvOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = true;        // UTF-8 BOM before the first row
    bool neutraliseFormulas = true;   // see the file comment

    friend bool operator==(const CsvOptions &, const CsvOptions &) = default;
};

// ';' for Russian (any territory; Excel's list separator there), ',' otherwise.
QChar defaultDelimiterFor(const QLocale &locale);
// Defaults with defaultDelimiterFor(locale).
CsvOptions csvOptionsFor(const QLocale &locale);

// Whether the guard applies to this cell.
bool needsFormulaGuard(QStringView cell);
// One cell as written: guarded (when enabled), then quoted when it contains the delimiter, '"', CR or LF,
// with '"' doubled.
QString csvField(const QString &cell, const CsvOptions &options);
// One record: the fields joined by the delimiter, CRLF at the end, UTF-8 (no BOM).
QByteArray csvRecord(const QStringList &cells, const CsvOptions &options);

// Writes records to an open device; the BOM (when enabled) goes before the first record.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, const CsvOptions &options = {});

    // False (and errorString() set) when the device refused the bytes; further writes are refused too.
    bool writeRow(const QStringList &cells);
    qint64 rowsWritten() const { return m_rows; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const CsvOptions &options() const { return m_options; }

private:
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    CsvOptions m_options;
    qint64 m_rows = 0;
    bool m_bomWritten = false;
    QString m_error;
};

} // namespace CarScout::Export
