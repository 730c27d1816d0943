class Robot:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.nmae + " says hi"

Robot("R2").speak()
