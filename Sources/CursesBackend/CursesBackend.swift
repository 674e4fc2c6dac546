import CNcursesw
import ConvViz
