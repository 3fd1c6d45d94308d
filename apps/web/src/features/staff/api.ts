export interface StaffUser {
  id: string;
  username: string;
  name: string;
  phone?: string | null;
  roles: string[];
  projectIds: string[];
  departmentId?: string | null;
  vendorId?: string | null;
  active: boolean;
  version?: number;
}

export interface StaffUserForm {
  username: string;
  name: string;
  phone?: string;
  roles: string[];
  projectIds: string[];
  departmentId?: string;
  vendorId?: string;
  password?: string;
}
