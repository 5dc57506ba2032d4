package report

// InterruptedNotice is what a report of a cancelled scan says about it.
const InterruptedNotice = "the scan was interrupted before it was done: the results are partial"

// markInterrupted records in a SARIF invocation that the scan was
// cancelled: it did not run to completion, and a notification says so.
func markInterrupted(inv *sarifInvocation) {
	inv.ExecutionSuccessful = false
	inv.Notifications = append(inv.Notifications, sarifNotification{
		Level:   "error",
		Message: sarifText{Text: InterruptedNotice},
	})
}
