namespace Ordo.Browser.Tests.Pages;

/// <summary>What a person reads on the pages, in each language: the tests check the translations too.</summary>
public sealed record Texts(
    string Culture, string LanguageButton, string SignIn, string Register, string CreateAccount, string FullName, string Email,
    string Phone, string Password, string ConfirmPassword, string CartHeading, string AddProduct, string AddToCart,
    string ProductLink, string ShopId, string ShopName, string ProductName, string Variant, string UnitPrice, string Quantity,
    string Note, string SubmitOrders, string Inspection, string SubmitTwoOrders, string SignOut, string Queue, string Search,
    string Approve, string CsStaff, string Remark, string History, string Submitted, string AwaitingApproval, string Approved,
    string ApprovedAction, string Transition, string CsAssigned, string AssignedTo, string AccessDenied,
    string Edit, string Remove, string Save, string EmptyCart, string Required, string GreaterThanZero)
{
    public static Texts For(string culture) => culture switch
    {
        "vi" => new(
            "vi", "VI", "Đăng nhập", "Đăng ký", "Tạo tài khoản", "Họ và tên", "E-mail",
            "Số điện thoại", "Mật khẩu", "Nhập lại mật khẩu", "Giỏ hàng", "Thêm sản phẩm", "Thêm vào giỏ",
            "Link sản phẩm", "Mã shop", "Tên shop", "Tên sản phẩm", "Phân loại", "Đơn giá", "Số lượng",
            "Ghi chú", "Gửi đơn hàng", "Kiểm hàng", "Gửi 2 đơn", "Đăng xuất", "Danh sách đơn hàng", "Tìm kiếm",
            "Duyệt đơn", "Nhân viên CSKH", "Ghi chú duyệt", "Lịch sử đơn hàng", "Đặt đơn", "Chờ duyệt", "Đã duyệt",
            "Duyệt đơn", "Chờ duyệt → Đã duyệt", "Phân công CSKH", "Giao cho", "Không có quyền truy cập",
            "Sửa", "Xóa", "Lưu", "Giỏ hàng của bạn đang trống", "không được để trống", "phải lớn hơn 0"),
        "en" => new(
            "en", "EN", "Sign in", "Create an account", "Create account", "Full name", "E-mail",
            "Phone", "Password", "Confirm password", "Cart", "Add product", "Add to cart",
            "Product link", "Shop ID", "Shop name", "Product name", "Variant", "Unit price", "Quantity",
            "Note", "Submit orders", "Inspection", "Submit 2 order(s)", "Sign out", "Order queue", "Search",
            "Approve", "CS staff", "Remark", "History", "Order submitted", "Awaiting approval", "Approved",
            "Order approved", "Awaiting approval → Approved", "CS staff assigned", "Assigned to", "Access denied",
            "Edit", "Remove", "Save", "Your cart is empty", "is required", "must be greater than zero"),
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "vi or en"),
    };
}
