// Issue 9 in the window: a project with a roster is not deleted but can be cancelled, a delete asks and undo brings
// the project back, a write that meets another program's write offers 重试 and retries the same edit, another
// program's changes are reloaded, 备份 / 恢复 from the File menu, and the daily backup with its setting.

#include "BackupFlow.h"
#include "CalendarRepository.h"
#include "CancelProjectDialog.h"
#include "Database.h"
#include "DialogAnswers.h"
#include "EnrollmentRepository.h"
#include "MainWindow.h"
#include "PlanEditService.h"
#include "PlanFilterProxyModel.h"
#include "PlanImportService.h"
#include "PlanRepository.h"
#include "PlanTableModel.h"
#include "ScheduleRepository.h"
#include "SeededTeachers.h"
#include "SettingsDialog.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSemaphore>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <atomic>

using namespace tp;

class ReliabilityGuiTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    PlanTableModel* model() const { return m_window->planModel(); }

    QAction* action(const char* name) const
    {
        auto* a = m_window->findChild<QAction*>(QString::fromLatin1(name));
        Q_ASSERT(a);
        return a;
    }

    void selectRow(int row)
    {
        QTableView* view = m_window->planView();
        view->setCurrentIndex(m_window->proxyModel()->mapFromSource(model()->index(row, 1)));
        view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
    }

    QString storedName(qint64 projectId) const
    {
        auto p = PlanRepository(**m_db).project(projectId);
        return p ? p->name : QStringLiteral("<missing>");
    }

    qint64 scalar(const QString& sql) const
    {
        auto q = (*m_db)->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // Two teachers enrolled in the project of `row`.
    void enrollTwo(int row)
    {
        auto seeded = test::seedTeachers(**m_db, test::teachersOfTwoSchools(2, 0));
        QVERIFY(seeded.ok());
        EnrollmentRepository enrollments(**m_db);
        const qint64 project = model()->projects().at(row).id;
        for (qint64 teacher : seeded->ids)
            QVERIFY(enrollments.enroll(project, teacher, seeded->units.value(QStringLiteral("梁平区实验小学"))).ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::isolateSettings(m_dir.filePath(QStringLiteral("settings")))); }

    void init()
    {
        BackupFlow::setDailyBackup(true, 7);
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        ImportRequest request;
        request.path = test::dataPath("liangping-2021-plan.csv");
        request.district = QStringLiteral("梁平区");
        request.year = 2021;
        auto report = PlanImportService(**m_db).importFile(request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        m_window = std::make_unique<MainWindow>(m_db->shared());
        QVERIFY(m_window->openPlan(QStringLiteral("梁平区"), 2021));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void deleteOfAProjectWithARosterIsRefusedAndOffersCancellation()
    {
        enrollTwo(2);
        const Project project = model()->projects().at(2);
        const int count = model()->projectCount();
        selectRow(2);
        QString refusal;
        test::whenModalShows(
            [&](QWidget* modal) {
                auto* box = qobject_cast<QMessageBox*>(modal);
                QVERIFY(box);
                refusal = box->text();
                // 取消该项目…: the dialog asks for the date and the written explanation.
                test::whenModalShows(
                    [](QWidget* dialog) {
                        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("explanationEdit"));
                        QVERIFY(edit);
                        edit->setPlainText(QStringLiteral("承办学校场地改建，本年度不再举办，已书面报区教委"));
                        qobject_cast<QDialog*>(dialog)->accept();
                    },
                    QStringLiteral("cancelProjectDialog"));
                box->findChild<QPushButton*>(QStringLiteral("cancelProjectButton"))->click();
            },
            QStringLiteral("deleteRefusedBox"));
        action("actionDeleteRow")->trigger();

        QVERIFY2(refusal.contains(QStringLiteral("2 条参训记录")), qPrintable(refusal));
        QVERIFY(refusal.contains(QStringLiteral("不能删除")));
        // Not deleted; cancelled with its explanation, in the database.
        QCOMPARE(model()->projectCount(), count);
        QCOMPARE(storedName(project.id), project.name);
        auto schedule = ScheduleRepository(**m_db).schedule(project.id);
        QVERIFY(schedule.ok());
        QVERIFY(schedule->cancellation.cancelled);
        QCOMPARE(
            schedule->cancellation.explanation, QStringLiteral("承办学校场地改建，本年度不再举办，已书面报区教委"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM enrollment WHERE project_id = %1").arg(project.id)), 2);
        // One undoable step.
        QCOMPARE(m_window->undoStack()->count(), 1);
    }

    void deleteOfAProjectWithoutRosterAsksIsAuditedWithItsOldValuesAndUndoRestoresIt()
    {
        const Project project = model()->projects().at(4);
        const int count = model()->projectCount();
        selectRow(4);
        // Answering 否 deletes nothing.
        test::clickInNextMessageBox(QStringLiteral("否"));
        action("actionDeleteRow")->trigger();
        QCOMPARE(model()->projectCount(), count);

        QString asked;
        test::clickInNextMessageBox(QStringLiteral("是"), &asked);
        action("actionDeleteRow")->trigger();
        QVERIFY2(asked.contains(project.name), qPrintable(asked));
        QCOMPARE(model()->projectCount(), count - 1);
        QCOMPARE(storedName(project.id), QStringLiteral("<missing>"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'project' AND action = 'delete' "
                                       "AND entity_id = %1 AND instr(old_value, '%2') > 0")
                            .arg(project.id)
                            .arg(project.name)),
            1);

        action("actionUndo")->trigger();
        QCOMPARE(model()->projectCount(), count);
        QCOMPARE(storedName(project.id), project.name);
    }

    void aWriteThatMeetsAnotherProgramsWriteOffersRetryAndRetriesTheSameEdit()
    {
        QVERIFY((*m_db)->setBusyTimeout(200).ok());
        const qint64 id = model()->projects().at(0).id;
        const QModelIndex cell = model()->index(0, int(ProjectField::Headcount));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_db->path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

            // 取消: nothing saved, the cell as it was, and the user is told.
            const QString before = model()->projects().at(0).text(ProjectField::Headcount);
            QString said;
            test::clickInNextMessageBox(QStringLiteral("取消"), &said, QStringLiteral("busyRetryBox"));
            QVERIFY(!model()->setData(cell, QStringLiteral("271")));
            QVERIFY2(said.contains(QStringLiteral("另一个程序正在写入，已等待")), qPrintable(said));
            QCOMPARE(model()->projects().at(0).text(ProjectField::Headcount), before);

            // 重试 after the other program finished: the same edit is saved.
            test::whenModalShows(
                [&](QWidget* modal) {
                    QSqlQuery commit(other);
                    QVERIFY(commit.exec(QStringLiteral("COMMIT")));
                    for (QAbstractButton* b : qobject_cast<QMessageBox*>(modal)->buttons())
                        if (b->text() == QStringLiteral("重试"))
                            b->click();
                },
                QStringLiteral("busyRetryBox"));
            QVERIFY(model()->setData(cell, QStringLiteral("271")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto stored = PlanRepository(**m_db).project(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->text(ProjectField::Headcount), QStringLiteral("271"));
        QCOMPARE(model()->projects().at(0).text(ProjectField::Headcount), QStringLiteral("271"));
    }

    void anotherProgramsChangesAreReloadedBeforeTheNextEdit()
    {
        QVERIFY(!m_window->checkForOtherPrograms()); // nothing changed yet
        auto second = Database::openSecondary(m_db->path());
        QVERIFY(second.ok());
        PlanEditService other(**second);
        const qint64 first = model()->projects().at(0).id;
        const qint64 removed = model()->projects().at(1).id;
        const int count = model()->projectCount();
        QVERIFY(other.setField(first, ProjectField::Name, QStringLiteral("命令行改过的名称")).ok());
        QVERIFY(other.removeProject(removed).ok());

        // Noticed by the timer (every two seconds) or on activation; here asked directly.
        QVERIFY(m_window->checkForOtherPrograms());
        QCOMPARE(model()->projectCount(), count - 1);
        QCOMPARE(model()->projects().at(0).name, QStringLiteral("命令行改过的名称"));
        // The next edit of the second row is of the project now there, not of the one the other program removed.
        QVERIFY(model()->setData(model()->index(1, int(ProjectField::Headcount)), QStringLiteral("88")));
        QCOMPARE(PlanRepository(**m_db).project(model()->projects().at(1).id)->text(ProjectField::Headcount),
            QStringLiteral("88"));
        // And by the timer, without asking.
        QVERIFY(other.setField(first, ProjectField::Name, QStringLiteral("再改一次")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model()->projects().at(0).name, QStringLiteral("再改一次"), 6000);
    }

    void backupAndRestoreFromTheFileMenu()
    {
        QVERIFY(action("actionBackup"));
        QVERIFY(action("actionRestore"));
        const QString copy = m_db->filePath(QStringLiteral("copies/备份.sqlite"));
        QVERIFY(m_window->backupFlow()->backupTo(copy).ok());
        const qint64 id = model()->projects().at(0).id;
        const QString name = model()->projects().at(0).name;
        QVERIFY(model()->setData(model()->index(0, int(ProjectField::Name)), QStringLiteral("备份之后改的")));

        // 不恢复: nothing happens.
        test::clickInNextMessageBox(QStringLiteral("不恢复"), nullptr, QStringLiteral("restoreConfirmBox"));
        QVERIFY(!m_window->backupFlow()->restoreFrom(copy));
        QCOMPARE(storedName(id), QStringLiteral("备份之后改的"));

        QString asked;
        test::clickInNextMessageBox(QStringLiteral("恢复"), &asked, QStringLiteral("restoreConfirmBox"));
        QVERIFY(m_window->backupFlow()->restoreFrom(copy));
        QVERIFY2(
            asked.contains(QStringLiteral("计划 1 份，项目 %1 个").arg(model()->projectCount())), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("自动备份")));
        QCOMPARE(storedName(id), name);
        QCOMPARE(model()->projects().at(0).name, name); // the window shows the restored plan
        const QDir folder((*m_db)->backupFolder());
        QCOMPARE(folder.entryList({ QStringLiteral("*before-restore*.sqlite") }, QDir::Files).size(), 1);

        // A file that is not a database is refused before anything is asked.
        QFile junk(m_db->filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        QVERIFY(!m_window->backupFlow()->restoreFrom(junk.fileName()));
        QCOMPARE(storedName(id), name);
    }

    // Issue 16: the backup's whole-file check and copy run on a worker thread; the window's thread meanwhile shows
    // the progress dialog of long work and answers. The worker is held at its start (BackupFlow's seam) until
    // the dialog has shown: were the check on the window's thread, the dialog could not show before it ended.
    void theBackupChecksAndCopiesOnAWorkerWhileTheWindowAnswers()
    {
        BackupFlow::setDailyBackup(false, 7);
        QThread* windowThread = QThread::currentThread();
        QSemaphore go;
        std::atomic<bool> onWindowThread { true };
        BackupFlow::setWorkerGate([&] {
            onWindowThread = QThread::currentThread() == windowThread;
            (void)go.tryAcquire(1, 10000);
        });
        bool dialogShown = false;
        test::whenModalShows(
            [&](QWidget* modal) {
                dialogShown = qobject_cast<QProgressDialog*>(modal) && modal->isVisible();
                go.release();
            },
            QStringLiteral("workProgress"));
        const QString copy = m_db->filePath(QStringLiteral("copies/后台备份.sqlite"));
        const Status s = m_window->backupFlow()->backupTo(copy);
        BackupFlow::setWorkerGate({});
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QVERIFY(dialogShown);
        QVERIFY(!onWindowThread);
        auto summary = Database::inspectFile(copy);
        QVERIFY(summary.ok() && summary->intact);
        QCOMPARE(summary->projects, qint64(model()->projectCount()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("已备份到")));
    }

    void cancelOfABackupLeavesNoFile()
    {
        BackupFlow::setDailyBackup(false, 7);
        QSemaphore go;
        BackupFlow::setWorkerGate([&] { (void)go.tryAcquire(1, 10000); });
        test::whenModalShows(
            [&](QWidget* modal) {
                if (auto* dialog = qobject_cast<QProgressDialog*>(modal))
                    dialog->cancel();
                go.release();
            },
            QStringLiteral("workProgress"));
        const QString copy = m_db->filePath(QStringLiteral("copies/取消的备份.sqlite"));
        const Status s = m_window->backupFlow()->backupTo(copy);
        BackupFlow::setWorkerGate({});
        QVERIFY(!s.ok());
        QVERIFY2(Cancelled::is(s.error()), qPrintable(s.error().toString()));
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(QDir(QFileInfo(copy).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // The window goes on as before: the next backup is made.
        QVERIFY(m_window->backupFlow()->backupTo(copy).ok());
        QVERIFY(QFileInfo::exists(copy));
    }

    void theDailyBackupRunsBehindTheWindow()
    {
        // Started and left to run: the window's thread returns at once, the file comes later.
        BackupFlow::setDailyBackup(true, 7);
        QSemaphore go;
        BackupFlow::setWorkerGate([&] { (void)go.tryAcquire(1, 10000); });
        const QDate day(2031, 5, 6);
        const QDir folder((*m_db)->backupFolder());
        const QString file = QStringLiteral("test-daily-2031-05-06.sqlite");
        (void)m_window->backupFlow()->waitForDailyBackup(); // the one of the window's start, if running
        QSignalSpy finished(m_window->backupFlow(), &BackupFlow::dailyBackupFinished);
        m_window->backupFlow()->startDailyBackup(day);
        BackupFlow::setWorkerGate({});
        QVERIFY(m_window->backupFlow()->dailyBackupRunning());
        QVERIFY(!folder.exists(file));
        go.release();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toString(), folder.filePath(file));
        QVERIFY(folder.exists(file));
        QVERIFY(!m_window->backupFlow()->dailyBackupRunning());
    }

    void dailyBackupRunsAfterTheWindowShowsAndKeepsTheDaysSet()
    {
        const QDir folder((*m_db)->backupFolder());
        const QString today = QStringLiteral("test-daily-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(folder.exists(today), 8000);

        BackupFlow::setDailyBackup(true, 3);
        const QDate d(2030, 3, 10);
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_window->backupFlow()->runDailyBackup(d.addDays(i)).ok());
        QStringList kept = folder.entryList({ QStringLiteral("test-daily-2030-*.sqlite") }, QDir::Files);
        QCOMPARE(kept,
            (QStringList { QStringLiteral("test-daily-2030-03-12.sqlite"),
                QStringLiteral("test-daily-2030-03-13.sqlite"), QStringLiteral("test-daily-2030-03-14.sqlite") }));

        BackupFlow::setDailyBackup(false, 3);
        auto none = m_window->backupFlow()->runDailyBackup(d.addDays(5));
        QVERIFY(none.ok() && none->isEmpty());
        QVERIFY(!folder.exists(QStringLiteral("test-daily-2030-03-15.sqlite")));
    }

    void settingsHaveTheDailyBackupOnAndSevenDaysByDefault()
    {
        QSettings().remove(QStringLiteral("backup"));
        CalendarRepository calendars(**m_db);
        SettingsDialog dialog(calendars, { QStringLiteral("梁平区") }, QStringLiteral("梁平区"), 2021);
        auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("dailyBackupCheck"));
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("keepDaysSpin"));
        QVERIFY(check && days);
        QVERIFY(check->isChecked());
        QCOMPARE(days->value(), 7);
        days->setValue(14);
        check->setChecked(false);
        dialog.accept();
        QVERIFY(!BackupFlow::dailyBackupEnabled());
        QCOMPARE(BackupFlow::dailyBackupKeepDays(), 14);
    }
};

QTEST_MAIN(ReliabilityGuiTest)
#include "test_reliability_gui.moc"
