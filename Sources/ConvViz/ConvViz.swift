@_exported import ConvMath
@_exported import TerminalText
