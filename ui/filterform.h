#pragma once

// The filter form of a search pane: cascading catalog combos (maker → model → …) that load asynchronously
// from the Source's filter tree with counts, ranges for year, price (native currency or roubles) and mileage,
// fuel, transmission and sort. It produces the marketplace query and the instant local filter.

#include "core/model/listingfilter.h"
#include "core/sources/source.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Ui {

class FilterForm : public QWidget
{
    Q_OBJECT
public:
    enum class PriceUnit { Native, Roubles };

    FilterForm(Sources::Source *source, const Sources::TermDictionary *terms, QWidget *parent = nullptr);
    ~FilterForm() override;

    Sources::SearchQuery query() const;           // what goes to the marketplace
    Model::ListingFilter localFilter() const;     // what the proxy applies instantly
    QStringList selectedPath() const;             // catalog keys from the top

    // Level i's combo (0 = top); its items carry the node key in Qt::UserRole and the count in UserRole + 1.
    QComboBox *levelCombo(int level) const;
    int levelCount() const { return int(m_levels.size()); }
    bool isLoading() const;
    // Picks the item whose key is `key` at `level` (loading the next level). False when absent.
    bool selectKey(int level, const QString &key);

    // Starts loading the top level (done once the pane is shown; tests call it directly).
    void loadTopLevel();

    // Range inputs (objectNames yearFrom, yearTo, priceMin, priceMax, priceUnit, mileageMax, fuel,
    // transmission, sort) for tests and shortcuts.
    QSpinBox *yearFromBox() const { return m_yearFrom; }
    QSpinBox *yearToBox() const { return m_yearTo; }
    QLineEdit *priceMinEdit() const { return m_priceMin; }
    QLineEdit *priceMaxEdit() const { return m_priceMax; }
    QComboBox *priceUnitBox() const { return m_priceUnit; }
    QSpinBox *mileageMaxBox() const { return m_mileageMax; }
    QComboBox *fuelBox() const { return m_fuel; }
    QComboBox *transmissionBox() const { return m_transmission; }
    QComboBox *sortBox() const { return m_sort; }
    // Row facts (objectNames passableWithin, preferentialUtil): "passable within N months" (minimum = any)
    // and the accepted preferential-fee verdicts.
    QSpinBox *passableWithinBox() const { return m_passableWithin; }
    QComboBox *preferentialBox() const { return m_preferential; }

signals:
    void localFilterChanged();    // a range/fuel/transmission input changed: refilter at once
    void catalogLoaded(int level);
    void catalogFailed(int level, const QString &message);
    void searchRequested();       // Return pressed in an input

private:
    struct Level
    {
        QLabel *label = nullptr;
        QComboBox *combo = nullptr;
        QPointer<Sources::CatalogJob> job;
    };

    void onLevelActivated(int level);
    void loadLevel(int level);
    void clearLevelsFrom(int level);
    std::optional<qint64> priceValue(const QLineEdit *edit) const;
    QHBoxLayout *makeRowFactsRow();

    Sources::Source *m_source;
    const Sources::TermDictionary *m_terms;
    QList<Level> m_levels;
    QStringList m_levelNames;
    quint64 m_generation = 0;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QLineEdit *m_priceMin = nullptr;
    QLineEdit *m_priceMax = nullptr;
    QComboBox *m_priceUnit = nullptr;
    QSpinBox *m_mileageMax = nullptr;
    QComboBox *m_fuel = nullptr;
    QComboBox *m_transmission = nullptr;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_passableWithin = nullptr;
    QComboBox *m_preferential = nullptr;
};

} // namespace CarScout::Ui
