@_exported import ConvMath
