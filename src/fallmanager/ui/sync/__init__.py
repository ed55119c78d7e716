"""The desktop's side of the office sync (Synchronisation mit dem Büroserver).

* :mod:`.controller` — enrolment state, runs (manual and automatic), family sync states.
* :mod:`.menu` — the "Synchronisation" menu, the status-bar button, messages.
* :mod:`.enrolment_dialog`, :mod:`.conflict_dialog`, :mod:`.rejected_dialog`,
  :mod:`.revoked_dialog` — the dialogs; :mod:`.banner` and :mod:`.marks` — conflicts shown
  in a family file.

Object names that stay stable (GUI tests find the widgets by them):

========================  =================================================================
main window               ``syncMenu``, ``syncAction`` (F9), ``enrolAction``,
                          ``conflictsAction``, ``rejectedAction``, ``supersededAction``,
                          ``syncButton`` (status bar), ``syncProgress`` (progress dialog),
                          message boxes ``syncSummaryBox``, ``syncErrorBox``,
                          ``updateRequiredBox``, ``fingerprintBox``, ``reenrolBox``,
                          ``syncClockBox``
enrolment                 ``enrolmentDialog``: ``serverUrl``, ``enrolmentCode``,
                          ``deviceName``, ``connectButton``, ``fingerprintBox``,
                          ``fingerprintLabel``, ``fingerprintMatches``, ``enrolButton``,
                          ``enrolmentError``, ``enrolmentInfo``, ``unenrolButton``,
                          ``confirmUnenrolBox``
conflicts                 ``conflictReviewDialog``: ``conflictList``, ``conflictCandidates``
                          (groups ``candidate0`` … with ``candidateValue``,
                          ``candidateAuthor``, ``candidateTime``, ``takeCandidateButton``),
                          ``keepMineButton``, ``takeTheirsButton``, ``mergeButton``,
                          ``mergedValueDialog`` / ``mergedValueEdit``, ``keepRecordButton``,
                          ``confirmDeleteButton``, ``conflictNote``, ``noConflictsLabel``
rejected / superseded     ``rejectedDialog``: ``rejectedTable``, ``exportRejectedButton``,
                          ``dismissRejectedButton``, ``confirmDismissBox``;
                          ``supersededDialog``: ``supersededTable``
revoked laptop            ``revokedDialog``: ``pendingChangesTable``,
                          ``exportPendingButton``, ``eraseVaultButton``, ``confirmEraseBox``
family file               ``conflictBanner``, ``conflictBannerText``,
                          ``reviewConflictsButton``
family list               the column "Sync" of ``familyTable`` (shown when enrolled)
settings                  ``syncAutoMinutes``
========================  =================================================================
"""
