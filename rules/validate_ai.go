package rules

// aiValidators are the offline checks of the ai rules.
var aiValidators = map[string]Validator{}
