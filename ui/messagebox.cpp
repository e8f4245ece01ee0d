#include "ui/messagebox.h"

namespace CarScout::Ui {

namespace {
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
MessageBox::Button g_autoAnswer = QMessageBox::NoButton;
QStringList g_history;
} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                    const QString &text, Buttons buttons)
{
    g_history.append(title + u": " + text);
    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (g_autoAnswer != QMessageBox::NoButton)
        return g_autoAnswer;

    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);   // messages may quote remote text
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons)
{
    return show(QMessageBox::Critical, parent, title, text, buttons);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, buttons);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons)
{
    return show(QMessageBox::Information, parent, title, text, buttons);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons)
{
    return show(QMessageBox::Question, parent, title, text, buttons);
}

void MessageBox::setNextAnswer(Button answer) { g_nextAnswer = answer; }
void MessageBox::setAutoAnswer(Button answer) { g_autoAnswer = answer; }
QStringList MessageBox::history() { return g_history; }
void MessageBox::clearHistory() { g_history.clear(); }

} // namespace CarScout::Ui
