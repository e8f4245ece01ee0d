#pragma once

// Every modal question or error of the GUI goes through here, so tests can pre-answer it instead of blocking
// on a dialog (the KeePassXC MessageBox::setNextAnswer idea). Without a pre-set answer a real QMessageBox runs.

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace CarScout::Ui {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No);

    // Tests: the next message box returns `answer` at once without showing anything. NoButton = show normally.
    static void setNextAnswer(Button answer);
    // Tests: answer every message box with `answer` until called again with NoButton.
    static void setAutoAnswer(Button answer);
    // Tests: the texts of the message boxes shown or pre-answered so far ("title: text"), and clearing them.
    static QStringList history();
    static void clearHistory();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons);
};

} // namespace CarScout::Ui
