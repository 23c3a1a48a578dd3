from pkg import get_user

print(get_user(1))
