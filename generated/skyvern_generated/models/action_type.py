from enum import StrEnum


class ActionType(StrEnum):
    """Members are named as the reference names them, after their values in lower case
    (ActionType.checkbox). Each is also its wire value: a `str`. A value this client does
    not know (a newer server's) is kept as a member of its own instead of failing.
    """

    checkbox = "checkbox"
    click = "click"
    close_page = "close_page"
    complete = "complete"
    download_file = "download_file"
    drag = "drag"
    execute_js = "execute_js"
    extract = "extract"
    goto_url = "goto_url"
    go_back = "go_back"
    go_forward = "go_forward"
    hover = "hover"
    input_text = "input_text"
    keypress = "keypress"
    left_mouse = "left_mouse"
    move = "move"
    new_tab = "new_tab"
    null_action = "null_action"
    paste_text = "paste_text"
    reload_page = "reload_page"
    scroll = "scroll"
    select_option = "select_option"
    solve_captcha = "solve_captcha"
    switch_tab = "switch_tab"
    terminate = "terminate"
    upload_file = "upload_file"
    verification_code = "verification_code"
    wait = "wait"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActionType | None":
        # A value a newer server sends: keep it (it round-trips) instead of failing the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
