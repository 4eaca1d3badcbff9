// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/editing/ResultTableModel.h>

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSortFilterProxyModel>

using namespace netzatlas;
using namespace netzatlas::analysis;

namespace {

ResultTable sampleTable()
{
    ResultTable t;
    t.id = QStringLiteral("test.brokers");
    t.analysis = QStringLiteral("brokers");
    t.title = QStringLiteral("Vermittler");
    t.explanation = QStringLiteral("Erklärung");
    t.columns = {{QStringLiteral("actor"), QStringLiteral("Akteur"), ColumnType::Text},
                 {QStringLiteral("betweenness"), QStringLiteral("Betweenness"), ColumnType::Number},
                 {QStringLiteral("degree"), QStringLiteral("Grad"), ColumnType::Integer},
                 {QStringLiteral("scp"), QStringLiteral("SCP"), ColumnType::Boolean},
                 {QStringLiteral("until"), QStringLiteral("Bis"), ColumnType::Date}};
    t.rows.append(ResultRow{{QStringLiteral("Grundschule Zehn"), 0.123456, 10, true, QDate(2027, 7, 31)},
                            {ActorId(10)},
                            {LinkId(100), LinkId(101)}});
    t.rows.append(ResultRow{{QStringLiteral("ä-Schule"), 2.5, 9, false, QDate(2026, 1, 1)}, {ActorId(9)}, {}});
    t.rows.append(ResultRow{{QStringLiteral("Zentrum"), QVariant(), 100, QVariant(), QVariant()}, {}, {}});
    t.rows.append(
        ResultRow{{QStringLiteral("Berufsschule"), 1234.5, 2, true, QDate(2026, 9, 1)}, {ActorId(2), ActorId(3)}, {}});
    return t;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

TEST_CASE("ResultTableModel passes the model tester and shows German notation", "[editing][analysis]")
{
    ResultTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setTable(sampleTable());
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Betweenness"));
    CHECK(model.headerData(1, Qt::Horizontal, ResultTableModel::ColumnKeyRole).toString() ==
          QStringLiteral("betweenness"));
    CHECK(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Zahl")));

    CHECK(model.index(0, 1).data().toString() == QStringLiteral("0,123"));
    CHECK(model.index(3, 1).data().toString() == QStringLiteral("1.234,5"));
    CHECK(model.index(2, 1).data().toString().isEmpty());
    CHECK(model.index(2, 2).data().toString() == QStringLiteral("100"));
    CHECK(model.index(0, 3).data().toString() == QStringLiteral("ja"));
    CHECK(model.index(1, 3).data().toString() == QStringLiteral("nein"));
    CHECK(model.index(0, 4).data().toString() == QStringLiteral("31.07.2027"));
    CHECK(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    CHECK(model.index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignLeft));

    const QString tip = model.index(0, 1).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Betweenness: 0,123")));
    CHECK(tip.contains(QStringLiteral("0,123456")));
    CHECK(tip.contains(QStringLiteral("Dahinter")));

    CHECK(model.index(3, 2).data(ResultTableModel::ActorIdsRole).value<QList<qint64>>() == QList<qint64>{2, 3});
    CHECK(model.index(0, 0).data(ResultTableModel::LinkIdsRole).value<QList<qint64>>() == QList<qint64>{100, 101});
    CHECK(model.actorsAt(1) == QList<ActorId>{ActorId(9)});
    CHECK(model.linksAt(1).isEmpty());
    CHECK(model.rowAt(4) == nullptr);
    CHECK(model.index(0, 1).data(ResultTableModel::RawValueRole).toDouble() == Approx(0.123456));

    model.setLocale(QLocale(QLocale::English));
    CHECK(model.index(3, 1).data().toString() == QStringLiteral("1,234.5"));
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
}

TEST_CASE("ResultTableModel sorts numbers as numbers, dates as dates and text by its folded form",
          "[editing][analysis]")
{
    ResultTableModel model;
    model.setTable(sampleTable());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ResultTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // As text "100" < "2" < "9"; as numbers 2 < 9 < 10 < 100.
    proxy.sort(2, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, 2) ==
          QStringList{QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")});
    // "1.234,5" would sort before "2,5" as text; the empty cell comes first.
    proxy.sort(1, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, 1) ==
          QStringList{QString(), QStringLiteral("0,123"), QStringLiteral("2,5"), QStringLiteral("1.234,5")});
    proxy.sort(1, Qt::DescendingOrder);
    CHECK(columnTexts(proxy, 1).constFirst() == QStringLiteral("1.234,5"));
    // Dates: 01.01.2026 < 01.09.2026 < 31.07.2027 although "31…" < "01…" is false as text only by chance.
    proxy.sort(4, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, 4) == QStringList{QString(), QStringLiteral("01.01.2026"), QStringLiteral("01.09.2026"),
                                               QStringLiteral("31.07.2027")});
    proxy.sort(0, Qt::AscendingOrder);
    CHECK(columnTexts(proxy, 0).constFirst() == QStringLiteral("ä-Schule"));
    // The ids follow their row through sorting.
    CHECK(proxy.index(0, 0).data(ResultTableModel::ActorIdsRole).value<QList<qint64>>() == QList<qint64>{9});
}
