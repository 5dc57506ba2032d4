package rules

// vcsValidators are the offline checks of the vcs rules.
var vcsValidators = map[string]Validator{}
