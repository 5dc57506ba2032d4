package rules

// saasValidators are the offline checks of the saas rules.
var saasValidators = map[string]Validator{}
