package rules

// cloudValidators are the offline checks of the cloud rules.
var cloudValidators = map[string]Validator{}
