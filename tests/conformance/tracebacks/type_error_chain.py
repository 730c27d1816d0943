def greet(name):
    return "안녕, " + name + "! 나이: " + 10

greet("철수")
