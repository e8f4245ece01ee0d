#include "ui/costprofilespage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CarScout::Ui {

namespace {

const QStringList kCurrencies = {u"RUB"_qs, u"KRW"_qs, u"CNY"_qs, u"USD"_qs, u"EUR"_qs, u"JPY"_qs};

QString decimalText(const Customs::Rational &value)
{
    return value.toString(12);
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A typed amount as JSON: a string the profile parser reads exactly, or absent when blank (so the parser
// names it missing).
void putAmount(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

CostProfilesPage::CostProfilesPage(Quote::ProfileStore store, const QString &activePath, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    setObjectName(QStringLiteral("costProfilesPage"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_active = new QComboBox(this);
    m_active->setObjectName(QStringLiteral("activeProfile"));
    m_active->setToolTip(tr("The profile of the landed column and of every quote"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save profile"), this);
    saveButton->setObjectName(QStringLiteral("saveProfile"));
    auto *removeButton = new QPushButton(tr("&Delete"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    connect(newButton, &QPushButton::clicked, this, &CostProfilesPage::newProfile);
    connect(saveButton, &QPushButton::clicked, this, &CostProfilesPage::saveCurrent);
    connect(removeButton, &QPushButton::clicked, this, &CostProfilesPage::removeCurrent);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a cost profile"), QString(),
                                                          tr("Cost profiles (*.json)"));
        if (!path.isEmpty())
            importProfile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the cost profile"),
                                                          m_name->text().trimmed() + u".json", tr("Cost profiles (*.json)"));
        if (!path.isEmpty())
            exportProfile(path);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CostProfilesPage::onSelectionChanged);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {newButton, saveButton, removeButton, importButton, exportButton})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Profiles:"), this));
    left->addWidget(m_list, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(createEditor(), 5);

    auto *activeRow = new QFormLayout;
    activeRow->addRow(tr("Active profile:"), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(activeRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    reloadList(activePath);
    if (!selectProfile(activePath) && m_list->count())
        selectProfile(m_list->item(0)->data(Qt::UserRole).toString());
}

QWidget *CostProfilesPage::createEditor()
{
    auto *editor = new QWidget(this);
    m_kind = new QLabel(editor);
    m_kind->setWordWrap(true);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_margin = new QLineEdit(editor);
    m_margin->setObjectName(QStringLiteral("paymentMargin"));
    m_margin->setPlaceholderText(u"0"_qs);
    m_margin->setToolTip(tr("What the payment agent charges over the CBR rate, in percent (the car and every "
                            "foreign-currency line are paid at CBR × (1 + margin / 100))"));
    m_lines = new QTableWidget(0, LineColumnCount, editor);
    m_lines->setObjectName(QStringLiteral("profileLines"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Amount"), tr("Currency"), tr("To the border")});
    m_lines->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    m_lines->setToolTip(tr("Lines \"to the border\" (lot fee, transport, export papers, freight) are part of the "
                           "customs value; the others (broker, storage, lab, delivery in Russia) come after customs."));
    m_rates = new QTableWidget(0, 2, editor);
    m_rates->setObjectName(QStringLiteral("paymentRates"));
    m_rates->setHorizontalHeaderLabels({tr("Currency"), tr("RUB per unit")});
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rates->setToolTip(tr("A fixed payment rate for a currency instead of CBR + margin"));
    m_rates->setMaximumHeight(110);
    m_commission = new QLineEdit(editor);
    m_commission->setObjectName(QStringLiteral("commission"));
    m_commissionCurrency = new QComboBox(editor);
    m_commissionCurrency->setObjectName(QStringLiteral("commissionCurrency"));
    m_commissionCurrency->setEditable(true);
    m_commissionCurrency->addItems(kCurrencies);

    auto *addLine = new QPushButton(tr("Add line"), editor);
    auto *removeLine = new QPushButton(tr("Remove line"), editor);
    auto *addRate = new QPushButton(tr("Add rate"), editor);
    auto *removeRate = new QPushButton(tr("Remove rate"), editor);
    connect(addLine, &QPushButton::clicked, this, [this] {
        addLineRow({{}, {}, u"RUB"_qs, false, {}});
        markDirty();
    });
    connect(removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0) {
            m_lines->removeRow(m_lines->currentRow());
            markDirty();
        }
    });
    connect(addRate, &QPushButton::clicked, this, [this] {
        addRateRow(u"KRW"_qs, QString());
        markDirty();
    });
    connect(removeRate, &QPushButton::clicked, this, [this] {
        if (m_rates->currentRow() >= 0) {
            m_rates->removeRow(m_rates->currentRow());
            markDirty();
        }
    });
    for (QLineEdit *edit : {m_name, m_margin, m_commission})
        connect(edit, &QLineEdit::textEdited, this, &CostProfilesPage::markDirty);
    connect(m_commissionCurrency, &QComboBox::currentTextChanged, this, &CostProfilesPage::markDirty);
    connect(m_lines, &QTableWidget::itemChanged, this, &CostProfilesPage::markDirty);
    connect(m_rates, &QTableWidget::itemChanged, this, &CostProfilesPage::markDirty);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch(1);
    auto *rateButtons = new QVBoxLayout;
    rateButtons->addWidget(addRate);
    rateButtons->addWidget(removeRate);
    rateButtons->addStretch(1);
    auto *ratesRow = new QHBoxLayout;
    ratesRow->addWidget(m_rates, 1);
    ratesRow->addLayout(rateButtons);
    auto *commissionRow = new QHBoxLayout;
    commissionRow->addWidget(m_commission, 1);
    commissionRow->addWidget(m_commissionCurrency);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Payment margin over CBR, %:"), m_margin);
    form->addRow(tr("Fixed payment rates:"), ratesRow);
    form->addRow(tr("Commission:"), commissionRow);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    return editor;
}

QString CostProfilesPage::activeProfilePath() const
{
    return m_active->currentData().toString();
}

QString CostProfilesPage::errorText() const
{
    return m_error->text();
}

void CostProfilesPage::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CostProfilesPage::reloadList(const QString &selectPath)
{
    const QString active = m_active->count() ? activeProfilePath() : selectPath;
    m_profiles = m_store.list();
    const QSignalBlocker listBlocker(m_list);
    const QSignalBlocker activeBlocker(m_active);
    m_list->clear();
    m_active->clear();
    m_active->addItem(tr("None: the costs of the Customs page"), QString());
    for (const Quote::StoredProfile &stored : std::as_const(m_profiles)) {
        QString label;
        if (!stored.profile) {
            label = tr("%1 (does not load)").arg(QFileInfo(stored.path).fileName());
        } else {
            label = stored.profile->name;
            if (stored.builtIn || stored.profile->example)
                label = tr("%1 (example)").arg(label);
            m_active->addItem(label, stored.path);
        }
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, stored.path);
        item->setToolTip(stored.profile ? stored.path : stored.error.toString());
        if (stored.builtIn) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    if (!active.isEmpty() && m_active->findData(active) < 0)   // the active file does not load: it stays chosen
        m_active->addItem(tr("%1 (does not load)").arg(QFileInfo(active).fileName()), active);
    m_active->setCurrentIndex(qMax(0, m_active->findData(active)));
}

bool CostProfilesPage::selectProfile(const QString &path)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == path) {
            m_list->setCurrentRow(row);
            onSelectionChanged();
            return true;
        }
    }
    return false;
}

void CostProfilesPage::onSelectionChanged()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const QString wanted = m_profiles.at(row).path;
    if (wanted == m_currentPath && !m_currentPath.isEmpty())
        return;
    // Edits are saved before another profile is shown; a form that does not check stays, with its error.
    if (m_dirty) {
        if (saveCurrent()) {
            selectProfile(wanted);
            return;
        }
        const auto current = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                          [this](const Quote::StoredProfile &p) { return p.path == m_currentPath; });
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(current == m_profiles.cend() ? -1 : int(current - m_profiles.cbegin()));
        return;
    }
    showProfile(m_profiles.at(row));
}

void CostProfilesPage::showProfile(const Quote::StoredProfile &stored)
{
    m_loading = true;
    m_currentPath = stored.path;
    m_currentBuiltIn = stored.builtIn;
    m_lines->setRowCount(0);
    m_rates->setRowCount(0);
    const Quote::CostProfile profile = stored.profile.value_or(Quote::CostProfile{});
    m_name->setText(profile.name);
    m_margin->setText(profile.paymentMarginPercent.isZero() ? QString() : decimalText(profile.paymentMarginPercent));
    for (auto it = profile.fixedPaymentRates.cbegin(); it != profile.fixedPaymentRates.cend(); ++it)
        addRateRow(it.key(), decimalText(it.value()));
    for (const Quote::ProfileLine &line : profile.lines)
        addLineRow(line);
    m_commission->setText(profile.commission.isZero() ? QString() : decimalText(profile.commission));
    m_commissionCurrency->setCurrentText(profile.commissionCurrency);
    if (stored.builtIn)
        m_kind->setText(tr("An example shipped with CarScout, not real prices: your changes are saved as your own "
                           "copy."));
    else if (!stored.profile)
        m_kind->setText(tr("This file does not load; fix it here and save, or correct the file."));
    else
        m_kind->setText(stored.path);
    setError(stored.profile ? QString() : stored.error.toString());
    m_dirty = false;
    m_loading = false;
}

void CostProfilesPage::addLineRow(const Quote::ProfileLine &line)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *name = new QTableWidgetItem(line.name);
    name->setData(Qt::UserRole, line.source);
    m_lines->setItem(row, NameCol, name);
    m_lines->setItem(row, AmountCol, new QTableWidgetItem(line.amount.isZero() && line.name.isEmpty()
                                                              ? QString() : decimalText(line.amount)));
    m_lines->setItem(row, CurrencyCol, new QTableWidgetItem(line.currency));
    auto *toBorder = new QTableWidgetItem;
    toBorder->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    toBorder->setCheckState(line.toBorder ? Qt::Checked : Qt::Unchecked);
    m_lines->setItem(row, ToBorderCol, toBorder);
    m_loading = loading;
}

void CostProfilesPage::addRateRow(const QString &code, const QString &rate)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, 0, new QTableWidgetItem(code));
    m_rates->setItem(row, 1, new QTableWidgetItem(rate));
    m_loading = loading;
}

void CostProfilesPage::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

QByteArray CostProfilesPage::formJson() const
{
    // The layout of costProfileJson (one line item per line), so an error's line is the one the file would have.
    QList<QByteArray> members;
    auto member = [](const QString &key, const QJsonValue &value) {
        const QByteArray pair = compactJson(QJsonObject{{key, value}});
        return pair.mid(1, pair.size() - 2);
    };
    members << member(u"name"_qs, m_name->text().trimmed());
    const QString margin = m_margin->text().trimmed();
    members << member(u"payment_fx_margin_percent"_qs, margin.isEmpty() ? u"0"_qs : margin);
    QJsonObject rates;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        const QString code = cellText(m_rates, row, 0).toUpper();
        if (!code.isEmpty())
            rates.insert(code, cellText(m_rates, row, 1));
    }
    if (!rates.isEmpty())
        members << member(u"payment_rates"_qs, rates);
    QByteArray json = "{\n  " + members.join(",\n  ") + ",\n  \"lines\": [";
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        QJsonObject item{{u"name"_qs, cellText(m_lines, row, NameCol)},
                         {u"currency"_qs, cellText(m_lines, row, CurrencyCol).toUpper()},
                         {u"to_border"_qs, m_lines->item(row, ToBorderCol)
                                               && m_lines->item(row, ToBorderCol)->checkState() == Qt::Checked}};
        putAmount(item, u"amount"_qs, cellText(m_lines, row, AmountCol));
        const QString source = m_lines->item(row, NameCol) ? m_lines->item(row, NameCol)->data(Qt::UserRole).toString()
                                                           : QString();
        if (!source.isEmpty())
            item.insert(u"source"_qs, source);
        json += (row ? ",\n    " : "\n    ") + compactJson(item);
    }
    json += m_lines->rowCount() ? "\n  ]" : "]";
    const QString commission = m_commission->text().trimmed();
    json += ",\n  " + member(u"commission"_qs, QJsonObject{{u"amount"_qs, commission.isEmpty() ? u"0"_qs : commission},
                                                         {u"currency"_qs, m_commissionCurrency->currentText().trimmed()}});
    return json + "\n}\n";
}

bool CostProfilesPage::saveCurrent()
{
    const bool ownFile = !m_currentPath.isEmpty() && !m_currentBuiltIn;
    const QString fileForErrors = ownFile ? m_currentPath : m_store.directory() + u'/' + m_name->text().trimmed() + u".json";
    const Quote::ProfileLoad checked = Quote::parseCostProfile(formJson(), fileForErrors);
    if (!checked.profile) {
        setError(checked.error.toString());   // the file on disk keeps the last good profile
        return false;
    }
    QString error;
    const QString written = m_store.save(*checked.profile, ownFile ? m_currentPath : QString(), &error);
    if (written.isEmpty()) {
        setError(error);
        return false;
    }
    m_dirty = false;
    m_currentPath.clear();   // so that the selection below shows the file as written
    reloadList(written);
    selectProfile(written);
    setError({});
    return true;
}

void CostProfilesPage::newProfile()
{
    if (m_dirty && !saveCurrent())
        return;
    Quote::CostProfile profile;
    profile.name = tr("New profile");
    QString error;
    const QString written = m_store.save(profile, QString(), &error);
    if (written.isEmpty()) {
        setError(error);
        return;
    }
    m_currentPath.clear();
    reloadList(written);
    selectProfile(written);
}

bool CostProfilesPage::removeCurrent()
{
    if (m_currentPath.isEmpty() || m_currentBuiltIn) {
        setError(tr("The shipped examples cannot be deleted."));
        return false;
    }
    QString error;
    if (!m_store.remove(m_currentPath, &error)) {
        setError(error);
        return false;
    }
    m_dirty = false;
    m_currentPath.clear();
    reloadList(QString());
    if (m_list->count())
        selectProfile(m_list->item(0)->data(Qt::UserRole).toString());
    return true;
}

bool CostProfilesPage::importProfile(const QString &path)
{
    if (m_dirty && !saveCurrent())
        return false;
    Quote::ProfileError error;
    const QString imported = m_store.importFile(path, &error);
    if (imported.isEmpty()) {
        setError(error.toString());   // nothing written: the profiles stay as they were
        return false;
    }
    m_currentPath.clear();
    reloadList(imported);
    selectProfile(imported);
    setError({});
    return true;
}

bool CostProfilesPage::exportProfile(const QString &path)
{
    const Quote::ProfileLoad checked = Quote::parseCostProfile(formJson(), path);
    if (!checked.profile) {
        setError(checked.error.toString());
        return false;
    }
    QString error;
    if (!Quote::ProfileStore::exportTo(*checked.profile, path, &error)) {
        setError(error);
        return false;
    }
    setError({});
    return true;
}

} // namespace CarScout::Ui
