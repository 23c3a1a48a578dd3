def get_user(user_id):
    return {"id": user_id, "name": "Ada"}
