// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "WidgetTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace netzatlas::test {

SettingsSandbox::SettingsSandbox()
{
    REQUIRE(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

SettingsSandbox::~SettingsSandbox()
{
    QSettings().clear();
}

MessageBoxGuard::MessageBoxGuard()
    : m_timer(new QTimer)
{
    m_timer->setInterval(20);
    QObject::connect(m_timer, &QTimer::timeout, [this] { poll(); });
    m_timer->start();
}

MessageBoxGuard::~MessageBoxGuard()
{
    delete m_timer;
    for (const QString &text : m_unexpected)
        FAIL_CHECK("unexpected message box: " << text.toStdString());
}

QString MessageBoxGuard::expectMessage(const std::function<void()> &action)
{
    m_expecting = true;
    m_expected.clear();
    action();
    m_expecting = false;
    return m_expected;
}

void MessageBoxGuard::poll()
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box)
        return;
    const QString text = box->text() + u'\n' + box->informativeText();
    if (m_expecting && m_expected.isEmpty())
        m_expected = text;
    else
        m_unexpected << text;
    box->done(QMessageBox::Ok);
}

void saveScreenshot(QWidget &widget, const QString &fileName)
{
    const QString directory = qEnvironmentVariable("NETZATLAS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    REQUIRE(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(fileName);
    REQUIRE(widget.grab().save(path));
    WARN("screenshot: " << path.toStdString());
}

} // namespace netzatlas::test
