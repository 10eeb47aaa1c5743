from enum import StrEnum


class ActionType(StrEnum):
    CHECKBOX = "checkbox"
    CLICK = "click"
    CLOSE_PAGE = "close_page"
    COMPLETE = "complete"
    DOWNLOAD_FILE = "download_file"
    DRAG = "drag"
    EXECUTE_JS = "execute_js"
    EXTRACT = "extract"
    GOTO_URL = "goto_url"
    GO_BACK = "go_back"
    GO_FORWARD = "go_forward"
    HOVER = "hover"
    INPUT_TEXT = "input_text"
    KEYPRESS = "keypress"
    LEFT_MOUSE = "left_mouse"
    MOVE = "move"
    NEW_TAB = "new_tab"
    NULL_ACTION = "null_action"
    PASTE_TEXT = "paste_text"
    RELOAD_PAGE = "reload_page"
    SCROLL = "scroll"
    SELECT_OPTION = "select_option"
    SOLVE_CAPTCHA = "solve_captcha"
    SWITCH_TAB = "switch_tab"
    TERMINATE = "terminate"
    UPLOAD_FILE = "upload_file"
    VERIFICATION_CODE = "verification_code"
    WAIT = "wait"

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
