class FromDictMixin:
    @classmethod
    def from_dict(cls, d):
        obj = cls.__new__(cls)
        for k, v in d.items():
            setattr(obj, k, v)
        return obj
class Pet(FromDictMixin):
    def describe(self):
        return f"{self.name}는 {self.kind}"
p = Pet.from_dict({"name": "초코", "kind": "강아지"})
print(p.describe(), type(p).__name__)
