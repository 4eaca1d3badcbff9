// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
// The Chancenbudget plan as XLSX through libxlsxwriter.
#include <netzatlas/core/Catalogue.h>
#include <netzatlas/io/PlanReport.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <functional>
#include <variant>

namespace netzatlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("netzatlas::PlanReport", text);
}

// Number formats are stored in the file in Excel's invariant notation; Excel shows them in the user's locale.
// "#,##0.00 [$€-407]" is the German euro format: a German Excel shows 1.234,50 €.
constexpr const char *MoneyFormat = "#,##0.00 [$\xe2\x82\xac-407]";
constexpr const char *DateFormat = "dd.mm.yyyy";

constexpr lxw_row_t HeaderRow = 6; ///< rows 0–5: title block

double euros(Cents cents)
{
    return static_cast<double>(cents) / 100.0;
}

enum class Kind { Text, Money, Date, Percent, Number, Integer };

/// A cell value: text, cents, a date or a plain number.
using Value = std::variant<QString, Cents, QDate, double>;

struct Column
{
    QString header;
    double width;
    Kind kind;
    bool sum;
    std::function<Value(const PlanLine &)> value;
};

class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_path(QFile::encodeName(path))
    {
        m_book = workbook_new(m_path.constData());
        if (!m_book)
            return;
        m_title = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_font_size(f, 14);
        });
        m_meta = format([](lxw_format *) {});
        m_note = format([](lxw_format *f) {
            format_set_italic(f);
            format_set_font_color(f, 0x7F0000);
        });
        m_header = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_bg_color(f, 0xDCE6F1);
            format_set_bottom(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_text = format([](lxw_format *f) { format_set_align(f, LXW_ALIGN_VERTICAL_TOP); });
        m_wrap = format([](lxw_format *f) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_money = format([](lxw_format *f) {
            format_set_num_format(f, MoneyFormat);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_date = format([](lxw_format *f) {
            format_set_num_format(f, DateFormat);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_percent = format([](lxw_format *f) {
            format_set_num_format(f, "0%");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_number = format([](lxw_format *f) {
            format_set_num_format(f, "0.00");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_integer = format([](lxw_format *f) {
            format_set_num_format(f, "0");
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
        m_sumLabel = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
        });
        m_sumMoney = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
            format_set_num_format(f, MoneyFormat);
        });
        m_sumNumber = format([](lxw_format *f) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
            format_set_num_format(f, "0.00");
        });
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: close() below takes ownership otherwise
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    [[nodiscard]] bool isOpen() const { return m_book != nullptr; }
    lxw_workbook *book() { return m_book; }

    Status close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return Error{
                tr("Die XLSX-Datei kann nicht geschrieben werden: %1").arg(QString::fromUtf8(lxw_strerror(error))),
                QString::fromLocal8Bit(m_path),
                0,
                {},
                {}};
        return {};
    }

    lxw_worksheet *sheet(const QString &name) { return workbook_add_worksheet(m_book, name.toUtf8().constData()); }

    /// Every text goes through worksheet_write_string: a title such as "=SUMME(A1)" stays text.
    void text(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *f = nullptr)
    {
        if (value.isEmpty()) {
            if (f)
                worksheet_write_blank(ws, row, col, f);
            return;
        }
        worksheet_write_string(ws, row, col, value.toUtf8().constData(), f ? f : m_text);
    }
    void money(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, Cents cents)
    {
        worksheet_write_number(ws, row, col, euros(cents), m_money);
    }
    void date(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QDate &day)
    {
        if (!day.isValid())
            return;
        lxw_datetime dt{day.year(), day.month(), day.day(), 0, 0, 0.0};
        worksheet_write_datetime(ws, row, col, &dt, m_date);
    }
    /// A SUM formula over rows [first, last] of `col` with its value cached, so that readers without a
    /// calculation engine (and the first display in Excel) show the right total.
    void sum(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, lxw_row_t first, lxw_row_t last, double cached,
             bool isMoney)
    {
        char range[64];
        lxw_rowcol_to_range(range, first, col, last, col);
        const QByteArray formula = first <= last ? QByteArray("=SUM(") + range + ")" : QByteArray("=0");
        worksheet_write_formula_num(ws, row, col, formula.constData(), isMoney ? m_sumMoney : m_sumNumber, cached);
    }
    void formulaMoney(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QByteArray &formula, Cents cached,
                      bool bold)
    {
        worksheet_write_formula_num(ws, row, col, formula.constData(), bold ? m_sumMoney : m_money, euros(cached));
    }

    /// Title block: plan, Schulträger, date, what the sheet shows, demo note.
    void titleBlock(lxw_worksheet *ws, const ChancenbudgetPlan &plan, const QString &what)
    {
        text(ws, 0, 0, tr("Chancenbudget-Plan Schuljahr %1").arg(plan.schoolYear), m_title);
        QString traeger = tr("Schulträger: %1").arg(plan.traegerName);
        if (!plan.traeger.isValid() && !plan.traegerNames.isEmpty())
            traeger += QStringLiteral(" (%1)").arg(plan.traegerNames.join(QStringLiteral(", ")));
        text(ws, 1, 0, traeger, m_meta);
        text(ws, 2, 0,
             tr("Stand: %1 · Registry: %2")
                 .arg(plan.date.toString(QStringLiteral("dd.MM.yyyy")),
                      plan.registryTitle.isEmpty() ? tr("ohne Titel") : plan.registryTitle),
             m_meta);
        text(ws, 3, 0, what, m_meta);
        if (!plan.demoNote.isEmpty())
            text(ws, 4, 0, plan.demoNote, m_note);
    }

    void header(lxw_worksheet *ws, const QList<Column> &columns)
    {
        for (int c = 0; c < columns.size(); ++c) {
            text(ws, HeaderRow, static_cast<lxw_col_t>(c), columns[c].header, m_header);
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), columns[c].width, nullptr);
        }
        worksheet_set_row(ws, HeaderRow, 30, nullptr);
    }

    /// Frozen header, autofilter over the data, landscape print on one page width with the header repeated.
    void finish(lxw_worksheet *ws, int columns, lxw_row_t lastDataRow, lxw_col_t frozenColumns)
    {
        worksheet_freeze_panes(ws, HeaderRow + 1, frozenColumns);
        worksheet_autofilter(ws, HeaderRow, 0, lastDataRow, static_cast<lxw_col_t>(columns - 1));
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9); // A4
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, HeaderRow, HeaderRow);
    }

    lxw_format *m_title = nullptr, *m_meta = nullptr, *m_note = nullptr, *m_header = nullptr, *m_text = nullptr,
               *m_wrap = nullptr, *m_money = nullptr, *m_date = nullptr, *m_percent = nullptr, *m_number = nullptr,
               *m_integer = nullptr, *m_sumLabel = nullptr, *m_sumMoney = nullptr, *m_sumNumber = nullptr;

private:
    lxw_format *format(const std::function<void(lxw_format *)> &setup)
    {
        lxw_format *f = workbook_add_format(m_book);
        setup(f);
        return f;
    }

    QByteArray m_path;
    lxw_workbook *m_book = nullptr;
};

QString label(Vocabulary vocabulary, const QString &code)
{
    return code.isEmpty() ? QString() : DomainCatalogue::vocabularyLabel(vocabulary, code);
}

QString labels(Vocabulary vocabulary, const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes)
        result.append(label(vocabulary, code));
    return result.join(QStringLiteral(", "));
}

QList<Column> columnsFor(const QString &pillar)
{
    QList<Column> columns = {
        {tr("Schlüssel"), 12, Kind::Text, false, [](const PlanLine &l) -> Value { return l.measure.key; }},
        {tr("Titel"), 42, Kind::Text, false, [](const PlanLine &l) -> Value { return l.measure.title; }},
        {tr("Budgetträger"), 28, Kind::Text, false,
         [](const PlanLine &l) -> Value { return l.holders.join(QStringLiteral(", ")); }},
        {tr("Beteiligte Schulen"), 34, Kind::Text, false,
         [](const PlanLine &l) -> Value { return l.schools.join(QStringLiteral(", ")); }},
        {tr("Partner"), 28, Kind::Text, false,
         [](const PlanLine &l) -> Value { return l.partners.join(QStringLiteral(", ")); }},
        {tr("Maßnahmenbereich"), 12, Kind::Text, false,
         [](const PlanLine &l) -> Value { return l.measure.measureArea; }},
        {tr("Status"), 16, Kind::Text, false,
         [](const PlanLine &l) -> Value { return label(Vocabulary::MeasureStatus, l.measure.status); }},
        {tr("Beginn"), 11, Kind::Date, false, [](const PlanLine &l) -> Value { return l.measure.start; }},
        {tr("Ende"), 11, Kind::Date, false, [](const PlanLine &l) -> Value { return l.measure.end; }},
    };
    if (pillar == u"I") {
        columns.append({tr("Investitionsart"), 16, Kind::Text, false, [](const PlanLine &l) -> Value {
                            return label(Vocabulary::InvestmentKind, l.measure.investmentKind);
                        }});
        columns.append({tr("Raumtyp"), 22, Kind::Text, false,
                        [](const PlanLine &l) -> Value { return label(Vocabulary::RoomType, l.measure.roomType); }});
        columns.append({tr("Förderquote"), 11, Kind::Percent, false,
                        [](const PlanLine &l) -> Value { return l.measure.fundingRatePermille / 1000.0; }});
        columns.append(
            {tr("Eigenanteil"), 15, Kind::Money, true, [](const PlanLine &l) -> Value { return l.measure.ownShare; }});
    } else if (pillar == u"III") {
        columns.append({tr("Berufsgruppe"), 26, Kind::Text, false, [](const PlanLine &l) -> Value {
                            return label(Vocabulary::OccupationGroup, l.measure.occupationGroup);
                        }});
        columns.append({tr("Aufgaben"), 34, Kind::Text, false,
                        [](const PlanLine &l) -> Value { return labels(Vocabulary::MptTask, l.measure.tasks); }});
        columns.append({tr("Beschäftigungsform"), 20, Kind::Text, false, [](const PlanLine &l) -> Value {
                            return label(Vocabulary::EmploymentForm, l.measure.employmentForm);
                        }});
        columns.append({tr("VZÄ"), 8, Kind::Number, true, [](const PlanLine &l) -> Value { return l.measure.fte; }});
        columns.append({tr("Stellenplanjahr"), 10, Kind::Integer, false, [](const PlanLine &l) -> Value {
                            return l.measure.staffPlanYear > 0 ? Value(double(l.measure.staffPlanYear))
                                                               : Value(QString());
                        }});
    } else {
        columns.append({tr("Handlungsfelder"), 24, Kind::Text, false,
                        [](const PlanLine &l) -> Value { return l.measure.actionFields.join(QStringLiteral(", ")); }});
        columns.append({tr("Empfohlene Maßnahme"), 12, Kind::Text, false,
                        [](const PlanLine &l) -> Value { return l.measure.recommended ? tr("ja") : tr("nein"); }});
    }
    columns.append({tr("Geplant"), 15, Kind::Money, true, [](const PlanLine &l) -> Value { return l.cost.planned; }});
    columns.append(
        {tr("Bewilligt"), 15, Kind::Money, true, [](const PlanLine &l) -> Value { return l.cost.approved; }});
    columns.append({tr("Abgerufen"), 15, Kind::Money, true, [](const PlanLine &l) -> Value { return l.cost.called; }});
    columns.append({tr("Ausgegeben"), 15, Kind::Money, true, [](const PlanLine &l) -> Value { return l.cost.spent; }});
    return columns;
}

QString sheetName(const QString &pillar)
{
    if (pillar == u"I")
        return tr("Säule I");
    if (pillar == u"II_SCHULE")
        return tr("Säule II Schule");
    if (pillar == u"II_TRAEGER")
        return tr("Säule II Schulträger");
    return tr("Säule III");
}

void writeSection(Workbook &wb, const ChancenbudgetPlan &plan, const PlanSection &section)
{
    lxw_worksheet *ws = wb.sheet(sheetName(section.pillar));
    wb.titleBlock(ws, plan,
                  tr("%1 – Maßnahmen mit Kosten im Schuljahr: %2").arg(section.label).arg(section.lines.size()));
    const QList<Column> columns = columnsFor(section.pillar);
    wb.header(ws, columns);
    lxw_row_t row = HeaderRow + 1;
    QList<double> sums(columns.size(), 0.0);
    QList<Cents> centSums(columns.size(), 0);
    for (const PlanLine &line : section.lines) {
        for (int c = 0; c < columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const Value value = columns[c].value(line);
            switch (columns[c].kind) {
            case Kind::Text:
                wb.text(ws, row, col, std::get<QString>(value), wb.m_text);
                break;
            case Kind::Money:
                wb.money(ws, row, col, std::get<Cents>(value));
                centSums[c] += std::get<Cents>(value);
                break;
            case Kind::Date:
                wb.date(ws, row, col, std::get<QDate>(value));
                break;
            case Kind::Percent:
            case Kind::Number:
            case Kind::Integer:
                if (std::holds_alternative<double>(value)) {
                    const double number = std::get<double>(value);
                    worksheet_write_number(ws, row, col, number,
                                           columns[c].kind == Kind::Percent  ? wb.m_percent
                                           : columns[c].kind == Kind::Number ? wb.m_number
                                                                             : wb.m_integer);
                    sums[c] += number;
                }
                break;
            }
        }
        ++row;
    }
    const lxw_row_t lastData = row - 1;
    wb.text(ws, row, 1, tr("Summe %1").arg(section.label), wb.m_sumLabel);
    for (int c = 0; c < columns.size(); ++c) {
        if (!columns[c].sum)
            continue;
        const bool isMoney = columns[c].kind == Kind::Money;
        wb.sum(ws, row, static_cast<lxw_col_t>(c), HeaderRow + 1, lastData, isMoney ? euros(centSums[c]) : sums[c],
               isMoney);
    }
    // Budget of the pillar below the sums, for the comparison at a glance.
    const auto plannedColumn = static_cast<lxw_col_t>(columns.size() - 4);
    wb.text(ws, row + 1, 1, tr("Budget %1 (eingetragen)").arg(section.label), wb.m_text);
    wb.money(ws, row + 1, plannedColumn, section.budget);
    wb.finish(ws, static_cast<int>(columns.size()), lastData, 2);
}

void writeOverview(Workbook &wb, const ChancenbudgetPlan &plan)
{
    lxw_worksheet *ws = wb.sheet(tr("Übersicht"));
    wb.titleBlock(ws, plan,
                  tr("Budgets und Summen je Budgetträger und Säule (aus den Kosten der Maßnahmen abgeleitet)"));
    const QStringList headers = {
        tr("Budgetträger"), tr("Säule"),     tr("Budget"),     tr("Geplant"),
        tr("Bewilligt"),    tr("Abgerufen"), tr("Ausgegeben"), tr("Rest (Budget − ausgegeben)"),
        tr("Maßnahmen")};
    const double widths[] = {40, 36, 16, 16, 16, 16, 16, 18, 11};
    QList<Column> columns;
    for (int c = 0; c < headers.size(); ++c)
        columns.append({headers[c], widths[c], Kind::Text, false, {}});
    wb.header(ws, columns);
    std::vector<const BudgetFigures *> lines;
    for (const BudgetFigures &f : plan.figures)
        lines.push_back(&f);
    std::stable_sort(lines.begin(), lines.end(), [&](const BudgetFigures *a, const BudgetFigures *b) {
        const auto rank = [](const QString &pillar) {
            static const QStringList order = {QStringLiteral("I"), QStringLiteral("II_SCHULE"),
                                              QStringLiteral("II_TRAEGER"), QStringLiteral("III")};
            return order.indexOf(pillar);
        };
        return std::make_pair(rank(a->pillar), plan.nameOf(a->holder)) <
               std::make_pair(rank(b->pillar), plan.nameOf(b->holder));
    });
    lxw_row_t row = HeaderRow + 1;
    Cents totals[6] = {0, 0, 0, 0, 0, 0};
    for (const BudgetFigures *f : lines) {
        wb.text(ws, row, 0, plan.nameOf(f->holder));
        wb.text(ws, row, 1, DomainCatalogue::vocabularyLabel(Vocabulary::Pillar, f->pillar));
        if (f->hasBudget)
            wb.money(ws, row, 2, f->budget);
        else
            wb.text(ws, row, 2, tr("kein Budget"));
        wb.money(ws, row, 3, f->planned);
        wb.money(ws, row, 4, f->approved);
        wb.money(ws, row, 5, f->called);
        wb.money(ws, row, 6, f->spent);
        char budgetCell[16];
        char spentCell[16];
        lxw_rowcol_to_cell(budgetCell, row, 2);
        lxw_rowcol_to_cell(spentCell, row, 6);
        // N(): a budget cell with the text "kein Budget" counts as 0.
        wb.formulaMoney(ws, row, 7, QByteArray("=N(") + budgetCell + ")-" + spentCell, f->budget - f->spent, false);
        worksheet_write_number(ws, row, 8, static_cast<double>(f->measures.size()), wb.m_integer);
        totals[0] += f->budget;
        totals[1] += f->planned;
        totals[2] += f->approved;
        totals[3] += f->called;
        totals[4] += f->spent;
        totals[5] += f->budget - f->spent;
        ++row;
    }
    const lxw_row_t lastData = row - 1;
    wb.text(ws, row, 0, tr("Summe"), wb.m_sumLabel);
    for (int i = 0; i < 6; ++i)
        wb.sum(ws, row, static_cast<lxw_col_t>(2 + i), HeaderRow + 1, lastData, euros(totals[i]), true);
    wb.finish(ws, static_cast<int>(headers.size()), lastData, 1);
}

void writeFindings(Workbook &wb, const ChancenbudgetPlan &plan)
{
    lxw_worksheet *ws = wb.sheet(tr("Hinweise"));
    wb.titleBlock(
        ws, plan,
        tr("Ergebnisse der Regelprüfung (Hinweise und Warnungen, nicht bindend; Schwellen laut Einstellungen)"));
    const QList<Column> columns = {
        {tr("Schwere"), 10, Kind::Text, false, {}},   {tr("Regel"), 30, Kind::Text, false, {}},
        {tr("Befund"), 50, Kind::Text, false, {}},    {tr("Erläuterung"), 90, Kind::Text, false, {}},
        {tr("Betroffen"), 30, Kind::Text, false, {}}, {tr("Maßnahmen"), 24, Kind::Text, false, {}}};
    wb.header(ws, columns);
    QHash<MeasureId, QString> keys;
    for (const PlanSection &section : plan.sections) {
        for (const PlanLine &line : section.lines)
            keys.insert(line.measure.id, line.measure.key);
    }
    lxw_row_t row = HeaderRow + 1;
    for (const RuleFinding &f : plan.findings) {
        QStringList measures;
        for (const MeasureId id : f.measures)
            measures.append(keys.value(id, tr("Nr. %1").arg(id.value)));
        wb.text(ws, row, 0, findingSeverityLabel(f.severity));
        wb.text(ws, row, 1, planningRuleLabel(f.rule), wb.m_wrap);
        wb.text(ws, row, 2, f.title, wb.m_wrap);
        wb.text(ws, row, 3, f.explanation, wb.m_wrap);
        wb.text(ws, row, 4, f.actor.isValid() ? plan.nameOf(f.actor) : QString(), wb.m_wrap);
        wb.text(ws, row, 5, measures.join(QStringLiteral(", ")), wb.m_wrap);
        ++row;
    }
    if (plan.findings.empty())
        wb.text(ws, row++, 2, tr("Keine Befunde."));
    wb.finish(ws, static_cast<int>(columns.size()), row - 1, 0);
}

} // namespace

Status writePlanXlsx(const ChancenbudgetPlan &plan, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("Das Zielverzeichnis existiert nicht."), path, 0, {}, {}};
    Workbook wb(path);
    if (!wb.isOpen())
        return Error{tr("Die XLSX-Datei kann nicht angelegt werden."), path, 0, {}, {}};
    lxw_doc_properties properties{};
    QByteArray title = tr("Chancenbudget-Plan %1").arg(plan.schoolYear).toUtf8();
    QByteArray subject = tr("Schulträger: %1").arg(plan.traegerName).toUtf8();
    QByteArray author("Netzatlas");
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    workbook_set_properties(wb.book(), &properties);

    writeOverview(wb, plan);
    for (const PlanSection &section : plan.sections)
        writeSection(wb, plan, section);
    writeFindings(wb, plan);
    return wb.close();
}

} // namespace netzatlas
