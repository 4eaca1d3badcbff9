// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QTimer;
class QWidget;

namespace netzatlas::test {

/// Points QSettings at an empty temporary directory for the lifetime of the object, so that tests neither
/// read nor change the developer's settings and start without recent files or saved window state.
class SettingsSandbox
{
public:
    SettingsSandbox();
    ~SettingsSandbox();

    SettingsSandbox(const SettingsSandbox &) = delete;
    SettingsSandbox &operator=(const SettingsSandbox &) = delete;

private:
    QTemporaryDir m_dir;
};

/// Answers message boxes so that a test never hangs on one. Boxes that appear inside expectMessage() are the
/// ones the test asks for; any other box is closed as well and fails the test when the guard goes.
class MessageBoxGuard
{
public:
    MessageBoxGuard();
    ~MessageBoxGuard();

    MessageBoxGuard(const MessageBoxGuard &) = delete;
    MessageBoxGuard &operator=(const MessageBoxGuard &) = delete;

    /// Runs `action` and returns the text and informative text of the box it opened (empty: none).
    QString expectMessage(const std::function<void()> &action);

private:
    void poll();

    QTimer *m_timer;
    bool m_expecting = false;
    QString m_expected;
    QStringList m_unexpected;
};

/// Saves `widget` as `<NETZATLAS_SCREENSHOT_DIR>/<fileName>` when that environment variable is set.
void saveScreenshot(QWidget &widget, const QString &fileName);

} // namespace netzatlas::test
