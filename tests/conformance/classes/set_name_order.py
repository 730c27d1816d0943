class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        print(f"{self.label}: {owner.__name__}.{name}")
class Form:
    first = Named("1번")
    second = Named("2번")
    other = Named("3번")
Form.late = Named("늦게")
class Tricky:
    a = b = Named("공유")
