package report_test

import (
	"fmt"
	"os"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
)

func ExampleRedact() {
	fmt.Println(report.Redact("plain-words-not-a-key"))
	fmt.Println(report.Redact("short"))
	// Output:
	// plai*****
	// *****
}

func ExampleWrite() {
	res := &findings.Result{
		Skipped: []findings.Skipped{findings.Skip("assets/logo.png", findings.SkipBinary)},
	}
	if err := report.Write(os.Stdout, "json", res, report.Options{}); err != nil {
		fmt.Println(err)
	}
	fmt.Println("exit code:", report.ExitCode(res, 1))
	// Output:
	// {
	//   "version": 1,
	//   "findings": [],
	//   "skipped": [
	//     {
	//       "path": "assets/logo.png",
	//       "reason": "binary"
	//     }
	//   ],
	//   "errors": []
	// }
	// exit code: 0
}
