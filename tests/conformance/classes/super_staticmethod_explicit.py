class A:
    @staticmethod
    def helper(x):
        return x * 2
class B(A):
    @staticmethod
    def helper(x):
        return super(B, B).helper(x) + 1
print(B.helper(5), B().helper(1))
