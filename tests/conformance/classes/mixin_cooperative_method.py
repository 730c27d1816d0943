class Root:
    def setup(self, log):
        log.append("Root")
class Red(Root):
    def setup(self, log):
        log.append("Red")
        super().setup(log)
class Green(Root):
    def setup(self, log):
        log.append("Green")
        super().setup(log)
class Blue(Root):
    def setup(self, log):
        log.append("Blue")
        super().setup(log)
class Color(Red, Green, Blue):
    def setup(self, log):
        log.append("Color")
        super().setup(log)
log = []
Color().setup(log)
print(" -> ".join(log))
