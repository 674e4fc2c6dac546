import ArgumentParser
import ConvViz

// The closed sets of the command line are types: help lists their values, shell completions
// offer them, and a wrong value is refused by the parser in one line naming the choices.
extension Padding: ExpressibleByArgument {}
extension Activation: ExpressibleByArgument {}
extension StepOrder: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
